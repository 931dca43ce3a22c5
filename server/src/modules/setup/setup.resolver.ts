import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';
import { SetupService } from './setup.service';
import { PracticeArea, PracticeSetup, SetupSteps } from './setup.types';

const C = Capability;

@Resolver(() => PracticeSetup)
export class SetupResolver {
  @SignedIn()
  @Query(() => PracticeSetup, { description: 'What this practice has started using, and its first-run steps.' })
  practiceSetup(): PracticeSetup {
    return new PracticeSetup();
  }

  @SignedIn()
  @FieldResolver(() => [PracticeArea])
  areasInUse(@Ctx() ctx: Context) {
    return new SetupService(ctx).areasInUse();
  }

  @Allow(C.BUDGETS_EDIT, C.PEOPLE_EDIT_OFFICE_STAFF, C.PEOPLE_EDIT_NON_PROVIDER_STAFF, C.PEOPLE_EDIT_PROVIDERS)
  @FieldResolver(() => SetupSteps, { nullable: true })
  steps(@Ctx() ctx: Context) {
    return new SetupService(ctx).steps();
  }
}
