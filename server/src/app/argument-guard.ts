import {
  GraphQLError,
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** C0 controls and DEL, except tab, line feed and carriage return: no person types them, and PostgreSQL refuses NUL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const isUuid = (value: string) => UUID.test(value);

function refuse(field: string, message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/**
 * Checks one coerced argument value against its declared type: every ID must be a UUID (all our keys
 * are), and no string anywhere (scalars like JSON included) may hold control characters.
 */
function check(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(type.ofType, value, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => check(type.ofType, item, `${path}.${i}`));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>))
      if (fields[name]) check(fields[name].type, item, `${path}.${name}`);
    return;
  }
  if (type.name === 'ID' && !isUuid(String(value))) refuse(path, `${path} is not an id.`);
  checkStrings(value, path);
}

function checkStrings(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) refuse(path, `${path} contains a control character.`);
  } else if (Array.isArray(value)) value.forEach((item, i) => checkStrings(item, `${path}.${i}`));
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) checkStrings(item, `${path}.${key}`);
  }
}

function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>) {
  for (const arg of args) check(arg.type, values[arg.name], arg.name);
}

/**
 * Every field that takes arguments checks them before its resolver runs, so a malformed value is
 * the caller's mistake (BAD_USER_INPUT with the argument's path) on every database, never a
 * database error.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        checkArguments(field.args, args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
