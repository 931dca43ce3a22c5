import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185632_PurchaseOrders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`purchase_orders\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`number\` text not null, \`vendor_id\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'APPROVED', 'ORDERED', 'PARTLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')) not null default 'DRAFT', \`total\` bigint not null default 0, \`ordered_on\` date null, \`expected_on\` date null, \`memo\` text null, \`created_by_id\` text null, \`approved_by_id\` text null, \`approved_at\` datetime null, constraint \`purchase_orders_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`purchase_orders_vendor_id_foreign\` foreign key(\`vendor_id\`) references \`vendors\`(\`id\`) on update cascade, constraint \`purchase_orders_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`purchase_orders_approved_by_id_foreign\` foreign key(\`approved_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`purchase_orders_organization_id_index\` on \`purchase_orders\` (\`organization_id\`);`);
    this.addSql(`create index \`purchase_orders_vendor_id_index\` on \`purchase_orders\` (\`vendor_id\`);`);
    this.addSql(`create index \`purchase_orders_created_by_id_index\` on \`purchase_orders\` (\`created_by_id\`);`);
    this.addSql(`create index \`purchase_orders_approved_by_id_index\` on \`purchase_orders\` (\`approved_by_id\`);`);
    this.addSql(`create index \`purchase_orders_organization_id_status_index\` on \`purchase_orders\` (\`organization_id\`, \`status\`);`);
    this.addSql(`create unique index \`purchase_orders_organization_id_number_unique\` on \`purchase_orders\` (\`organization_id\`, \`number\`);`);

    this.addSql(`create table \`purchase_order_lines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`order_id\` text not null, \`position\` integer not null, \`description\` text not null, \`account_id\` text not null, \`cost_centre_id\` text not null, \`quantity\` integer not null, \`unit_price\` bigint not null, \`amount\` bigint not null, \`quantity_received\` integer not null default 0, \`quantity_billed\` integer not null default 0, constraint \`purchase_order_lines_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`purchase_order_lines_order_id_foreign\` foreign key(\`order_id\`) references \`purchase_orders\`(\`id\`) on delete cascade on update cascade, constraint \`purchase_order_lines_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on update cascade, constraint \`purchase_order_lines_cost_centre_id_foreign\` foreign key(\`cost_centre_id\`) references \`cost_centres\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`purchase_order_lines_organization_id_index\` on \`purchase_order_lines\` (\`organization_id\`);`);
    this.addSql(`create index \`purchase_order_lines_order_id_index\` on \`purchase_order_lines\` (\`order_id\`);`);
    this.addSql(`create index \`purchase_order_lines_account_id_index\` on \`purchase_order_lines\` (\`account_id\`);`);
    this.addSql(`create index \`purchase_order_lines_cost_centre_id_index\` on \`purchase_order_lines\` (\`cost_centre_id\`);`);

    this.addSql(`create table \`purchase_receipts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`line_id\` text not null, \`received_on\` date not null, \`quantity\` integer not null, \`received_by_id\` text null, \`note\` text null, constraint \`purchase_receipts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`purchase_receipts_line_id_foreign\` foreign key(\`line_id\`) references \`purchase_order_lines\`(\`id\`) on delete cascade on update cascade, constraint \`purchase_receipts_received_by_id_foreign\` foreign key(\`received_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`purchase_receipts_organization_id_index\` on \`purchase_receipts\` (\`organization_id\`);`);
    this.addSql(`create index \`purchase_receipts_line_id_index\` on \`purchase_receipts\` (\`line_id\`);`);
    this.addSql(`create index \`purchase_receipts_received_by_id_index\` on \`purchase_receipts\` (\`received_by_id\`);`);

    this.addSql(`alter table \`payables_settings\` add column \`match_tolerance_bps\` integer not null default 200;`);
    this.addSql(`alter table \`payables_settings\` add column \`match_tolerance_max\` bigint not null default 10000;`);

    this.addSql(`alter table \`bills\` add column \`hold_reason\` text null;`);

    this.addSql(`alter table \`bill_lines\` add column \`po_line_id\` text null constraint \`bill_lines_po_line_id_foreign\` references \`purchase_order_lines\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`bill_lines\` add column \`quantity\` integer null;`);
    this.addSql(`alter table \`bill_lines\` add column \`unit_price\` bigint null;`);
    this.addSql(`create index \`bill_lines_po_line_id_index\` on \`bill_lines\` (\`po_line_id\`);`);
  }

}
