import { Authorized, Extensions } from 'type-graphql';
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { Capability } from './policy';

/**
 * Declares who may use an operation or read a field. The declaration travels in the schema as a
 * field extension (`requires`), so the operation guard and the schema-walk test read the same
 * thing; whatever declares nothing is denied.
 *
 * - `@Allow(a, b)`: anyone holding any of the capabilities.
 * - `@SignedIn()`: any signed-in member of the organization.
 * - `@Public()`: anyone, signed in or not (sign-in itself).
 */
export const PUBLIC = 'PUBLIC';
export const SIGNED_IN = 'SIGNED_IN';
export type Requirement = Capability | typeof PUBLIC | typeof SIGNED_IN;

type Decorator = MethodDecorator & PropertyDecorator;

function requires(requirements: Requirement[]): Decorator {
  return Extensions({ requires: requirements }) as Decorator;
}

export function Allow(...capabilities: Capability[]): Decorator {
  if (capabilities.length === 0) throw new Error('@Allow needs at least one capability');
  return (target: object, property: string | symbol, descriptor?: PropertyDescriptor) => {
    requires(capabilities)(target, property, descriptor as PropertyDescriptor);
    Authorized(...capabilities)(target, property, descriptor as PropertyDescriptor);
  };
}

/** Enforced for operations by the operation guard; on a field it states that the parent's gate suffices. */
export function SignedIn(): Decorator {
  return requires([SIGNED_IN]);
}

export function Public(): Decorator {
  return requires([PUBLIC]);
}

/** An object type whose every field must declare its requirement (pay, patient data, HR details). */
export function Sensitive(): ClassDecorator {
  return Extensions({ sensitive: true }) as ClassDecorator;
}

export function requirementsOf(field: GraphQLField<unknown, unknown>): Requirement[] | undefined {
  return (field.extensions as { requires?: Requirement[] }).requires;
}

export function isSensitive(type: GraphQLObjectType): boolean {
  return (type.extensions as { sensitive?: boolean }).sensitive === true;
}
