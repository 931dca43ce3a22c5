import { Migration } from '@mikro-orm/migrations';

export class Migration20261206062001_PayablesOverviewIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`bills_organization_id_invoice_date_status_vendor_id_total_index\` on \`bills\` (\`organization_id\`, \`invoice_date\`, \`status\`, \`vendor_id\`, \`total\`);`);
    this.addSql(`create index \`bills_organization_id_status_paid_on_due_date_index\` on \`bills\` (\`organization_id\`, \`status\`, \`paid_on\`, \`due_date\`);`);

  }

}
