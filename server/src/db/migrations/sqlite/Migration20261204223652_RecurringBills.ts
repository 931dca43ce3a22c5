import { Migration } from '@mikro-orm/migrations';

export class Migration20261204223652_RecurringBills extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`recurring_bills\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`name\` text not null, \`vendor_id\` text not null, \`frequency\` text check (\`frequency\` in ('MONTHLY', 'QUARTERLY', 'ANNUALLY')) not null, \`next_on\` date not null, \`ends_on\` date null, \`lines\` json not null, \`total\` bigint not null, \`memo\` text null, \`active\` integer not null default true, \`bills_created\` integer not null default 0, \`created_by_id\` text null, constraint \`recurring_bills_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`recurring_bills_vendor_id_foreign\` foreign key(\`vendor_id\`) references \`vendors\`(\`id\`) on update cascade, constraint \`recurring_bills_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`recurring_bills_organization_id_index\` on \`recurring_bills\` (\`organization_id\`);`);
    this.addSql(`create index \`recurring_bills_vendor_id_index\` on \`recurring_bills\` (\`vendor_id\`);`);
    this.addSql(`create index \`recurring_bills_created_by_id_index\` on \`recurring_bills\` (\`created_by_id\`);`);
    this.addSql(`create index \`recurring_bills_organization_id_active_next_on_index\` on \`recurring_bills\` (\`organization_id\`, \`active\`, \`next_on\`);`);

  }

}
