import { Migration } from '@mikro-orm/migrations';

export class Migration20261205233500_CycleApprovalCompletion extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`compensation_cycles\` add column \`approved_by_id\` text null constraint \`compensation_cycles_approved_by_id_foreign\` references \`users\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`compensation_cycles\` add column \`eligible_at_approval\` integer null;`);
    this.addSql(`alter table \`compensation_cycles\` add column \`proposed_at_approval\` integer null;`);
    this.addSql(`alter table \`compensation_cycles\` add column \`incomplete_reason\` text null;`);
    this.addSql(`create index \`compensation_cycles_approved_by_id_index\` on \`compensation_cycles\` (\`approved_by_id\`);`);
  }

}
