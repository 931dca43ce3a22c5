/**
 * `no-float-division`: a figure people read (a share, percentage, ratio, rate, allocation) is
 * divided by core/exact (server) or shared/exact (SPA), which rounds once, half away from zero. In
 * domain modules and SPA features `/` is refused; drawing proportions go through
 * client/src/shared/geometry.ts, and the few other cases say why in an inline disable.
 */
const message =
  'Divide through core/exact or shared/exact (rounded once, half away from zero); a bar length through shared/geometry. ' +
  'Anything else: an eslint-disable-next-line comment that says why it is not a figure.';

export const noFloatDivision = {
  meta: {
    type: 'problem',
    docs: { description: 'Figures are divided by the exact module, never with `/` on numbers.' },
    messages: { division: message },
    schema: [],
  },
  create(context) {
    const check = (node) => context.report({ node, messageId: 'division' });
    const visitor = {
      "BinaryExpression[operator='/']": check,
      "AssignmentExpression[operator='/=']": check,
    };
    const services = context.sourceCode?.parserServices ?? context.parserServices;
    if (services?.defineTemplateBodyVisitor) return services.defineTemplateBodyVisitor(visitor, visitor);
    return visitor;
  },
};

export default { rules: { 'no-float-division': noFloatDivision } };
