import { Migration } from '@mikro-orm/migrations';

export class Migration20261204224720_Equipment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`equipment_assets\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`name\` text not null, \`serial_number\` text null, \`cost_centre_id\` text not null, \`vendor_id\` text null, \`bill_line_id\` text null, \`cost\` bigint not null, \`salvage_value\` bigint not null default 0, \`useful_life_months\` integer not null, \`in_service_on\` date not null, \`warranty_ends_on\` date null, \`next_service_on\` date null, \`service_every_months\` integer null, \`disposed_on\` date null, \`notes\` text null, constraint \`equipment_assets_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`equipment_assets_cost_centre_id_foreign\` foreign key(\`cost_centre_id\`) references \`cost_centres\`(\`id\`) on update cascade, constraint \`equipment_assets_vendor_id_foreign\` foreign key(\`vendor_id\`) references \`vendors\`(\`id\`) on delete set null on update cascade, constraint \`equipment_assets_bill_line_id_foreign\` foreign key(\`bill_line_id\`) references \`bill_lines\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`equipment_assets_organization_id_index\` on \`equipment_assets\` (\`organization_id\`);`);
    this.addSql(`create index \`equipment_assets_cost_centre_id_index\` on \`equipment_assets\` (\`cost_centre_id\`);`);
    this.addSql(`create index \`equipment_assets_vendor_id_index\` on \`equipment_assets\` (\`vendor_id\`);`);
    this.addSql(`create index \`equipment_assets_bill_line_id_index\` on \`equipment_assets\` (\`bill_line_id\`);`);
    this.addSql(`create index \`equipment_assets_organization_id_disposed_on_index\` on \`equipment_assets\` (\`organization_id\`, \`disposed_on\`);`);

  }

}
