import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';

/** The parts of Praxis a practice starts using when it has a first record there; the navigation hides the others. */
export enum PracticeArea {
  BUDGETS = 'BUDGETS',
  COMPENSATION = 'COMPENSATION',
  PRODUCTIVITY = 'PRODUCTIVITY',
  CAMPAIGNS = 'CAMPAIGNS',
  PAYABLES = 'PAYABLES',
  RECURRING_BILLS = 'RECURRING_BILLS',
  PURCHASING = 'PURCHASING',
  SUPPLIES = 'SUPPLIES',
  EQUIPMENT = 'EQUIPMENT',
}
registerEnumType(PracticeArea, { name: 'PracticeArea', description: 'A part of Praxis a practice starts using with its first record.' });

@ObjectType({ description: 'The first-run steps of a practice, each answered from its data.' })
export class SetupSteps {
  @SignedIn()
  @Field(() => Int, { description: 'Active revenue and expense accounts in the chart of accounts.' })
  accounts!: number;

  @SignedIn()
  @Field(() => Int, { description: 'The fiscal year before the current one.' })
  lastFiscalYear!: number;

  @SignedIn()
  @Field(() => Boolean, { description: 'Whether the ledger has revenue or expenses in the last fiscal year.' })
  lastYearActuals!: boolean;

  @SignedIn()
  @Field(() => Boolean, { description: 'Whether any budget exists, in any state.' })
  budget!: boolean;

  @SignedIn()
  @Field(() => Int, { description: 'People employed today.' })
  people!: number;
}

@ObjectType({ description: 'What this practice has started using, and how far its first-run steps are.' })
export class PracticeSetup {
  @SignedIn()
  @Field(() => [PracticeArea])
  areasInUse!: PracticeArea[];

  @Allow(
    Capability.BUDGETS_EDIT,
    Capability.PEOPLE_EDIT_OFFICE_STAFF,
    Capability.PEOPLE_EDIT_NON_PROVIDER_STAFF,
    Capability.PEOPLE_EDIT_PROVIDERS,
  )
  @Field(() => SetupSteps, { nullable: true, description: 'For those who set the practice up.' })
  steps!: SetupSteps;
}
