import { describe, expect, it } from 'vitest';
import { Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { policyViolations } from './policy-check';
import { Allow, Sensitive } from './allow';
import { Capability } from './policy';
import { authChecker } from './auth-checker';

@Sensitive()
@ObjectType()
class Payslip {
  @Allow(Capability.COMPENSATION_OWN_READ)
  @Field(() => String)
  period!: string;

  @Field(() => Number)
  gross!: number;
}

@Resolver()
class CarelessResolver {
  @Query(() => Payslip)
  payslip(): Payslip {
    return { period: '2026-11', gross: 1 };
  }

  @Allow(Capability.AUDIT_READ_ALL)
  @Query(() => String)
  declared(): string {
    return 'ok';
  }
}

describe('the schema walk', () => {
  it('catches an operation or a field of a sensitive type that declares no capability', async () => {
    const schema = await buildSchema({ resolvers: [CarelessResolver], authChecker });
    expect(policyViolations(schema)).toEqual(['Query.payslip declares no capability', 'Payslip.gross declares no capability']);
  });
});
