import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { Capability } from '../../core/policy';
import { ProcedureCode } from './encounter.entity';
import { EncounterService } from './encounter.service';
import { EncounterImportResult, EncounterStats, ProcedureCodeImportResult } from './encounter.types';

/**
 * Encounters are billing data: whoever enters charges loads them (office manager, billing,
 * assistants). The code table's work RVUs set what providers are paid, so the administrator keeps it.
 */
@Resolver()
export class EncounterResolver {
  @Allow(Capability.RECEIVABLES_READ, Capability.PROVIDER_COMPENSATION)
  @Query(() => [ProcedureCode], { description: 'The practice’s procedure codes and their work RVUs, by code.' })
  procedureCodes(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Codes starting with this.' }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit?: number,
  ) {
    return new EncounterService(ctx).procedureCodes(search, limit);
  }

  @Allow(Capability.RECEIVABLES_READ, Capability.PROVIDER_COMPENSATION)
  @Query(() => EncounterStats, { description: 'Counts and date range of what has been imported.' })
  encounterStats(@Ctx() ctx: Context) {
    return new EncounterService(ctx).stats();
  }

  @Allow(Capability.PROVIDER_COMPENSATION)
  @Mutation(() => ProcedureCodeImportResult, {
    description: 'CSV with a code and a work RVU per row (e.g. from the CMS Physician Fee Schedule); all or nothing.',
  })
  importProcedureCodes(@Ctx() ctx: Context, @Arg('csv', () => String) csv: string) {
    return new EncounterService(ctx).importProcedureCodes(csv);
  }

  @Allow(Capability.RECEIVABLES_ENTER)
  @Mutation(() => EncounterImportResult, {
    description:
      'A practice-management export, one row per service line: visit number, date of service, provider (work email), patient, ' +
      'location (optional), procedure code, units, charge, and optionally collected + posted date. All or nothing; visits imported before add only new payments.',
  })
  importEncounters(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and count what it would add, without writing.' })
    dryRun: boolean,
  ) {
    return new EncounterService(ctx).importEncounters(csv, dryRun);
  }
}
