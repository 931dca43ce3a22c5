import { Migration } from '@mikro-orm/migrations';

export class Migration20261206021529_Notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notifications\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`recipient_id\` text not null, \`kind\` text check (\`kind\` in ('BUDGET_SUBMITTED', 'BUDGET_SENT_BACK', 'BUDGET_APPROVED', 'PROPOSALS_TO_REVIEW', 'CYCLE_AWAITING_APPROVAL')) not null, \`title\` text not null, \`text\` text null, \`target\` text check (\`target\` in ('BUDGET', 'COMPENSATION_CYCLE')) not null, \`target_id\` text not null, \`read_at\` datetime null, constraint \`notifications_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`notifications_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notifications_organization_id_index\` on \`notifications\` (\`organization_id\`);`);
    this.addSql(`create index \`notifications_recipient_id_index\` on \`notifications\` (\`recipient_id\`);`);
    this.addSql(`create index \`notifications_organization_id_recipient_id_created_at_index\` on \`notifications\` (\`organization_id\`, \`recipient_id\`, \`created_at\`);`);

    this.addSql(`alter table \`budgets\` add column \`submitted_by_id\` text null constraint \`budgets_submitted_by_id_foreign\` references \`users\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`budgets_submitted_by_id_index\` on \`budgets\` (\`submitted_by_id\`);`);

  }

}
