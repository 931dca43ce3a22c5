import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import type { Capability } from './policy';
import { UnauthenticatedError } from './errors';

/** `@Allow(...)`: the caller must hold one of the capabilities; `@SignedIn()`: any signed-in user. */
export const authChecker: AuthChecker<Context, Capability> = ({ context }, capabilities) => {
  if (capabilities.length === 0) {
    if (!context.user) throw new UnauthenticatedError();
    return true;
  }
  context.require(...capabilities);
  return true;
};
