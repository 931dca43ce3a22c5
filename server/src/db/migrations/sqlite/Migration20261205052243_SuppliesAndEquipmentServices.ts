import { Migration } from '@mikro-orm/migrations';

export class Migration20261205052243_SuppliesAndEquipmentServices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`supplies\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`name\` text not null, \`unit\` text not null, \`vendor_id\` text not null, \`account_id\` text not null, \`cost_centre_id\` text not null, \`unit_price\` bigint not null, \`on_hand\` integer not null default 0, \`counted_on\` date null, \`daily_use_hundredths\` integer not null, \`lead_time_days\` integer not null, \`safety_stock\` integer not null, \`par_level\` integer not null, \`reorder_point\` integer not null, \`active\` integer not null default true, \`last_order_id\` text null, constraint \`supplies_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`supplies_vendor_id_foreign\` foreign key(\`vendor_id\`) references \`vendors\`(\`id\`) on update cascade, constraint \`supplies_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on update cascade, constraint \`supplies_cost_centre_id_foreign\` foreign key(\`cost_centre_id\`) references \`cost_centres\`(\`id\`) on update cascade, constraint \`supplies_last_order_id_foreign\` foreign key(\`last_order_id\`) references \`purchase_orders\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`supplies_organization_id_index\` on \`supplies\` (\`organization_id\`);`);
    this.addSql(`create index \`supplies_vendor_id_index\` on \`supplies\` (\`vendor_id\`);`);
    this.addSql(`create index \`supplies_account_id_index\` on \`supplies\` (\`account_id\`);`);
    this.addSql(`create index \`supplies_cost_centre_id_index\` on \`supplies\` (\`cost_centre_id\`);`);
    this.addSql(`create index \`supplies_last_order_id_index\` on \`supplies\` (\`last_order_id\`);`);
    this.addSql(`create index \`supplies_organization_id_active_index\` on \`supplies\` (\`organization_id\`, \`active\`);`);
    this.addSql(`create unique index \`supplies_organization_id_cost_centre_id_name_unique\` on \`supplies\` (\`organization_id\`, \`cost_centre_id\`, \`name\`);`);

    this.addSql(`create table \`supply_counts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`supply_id\` text not null, \`counted_on\` date not null, \`quantity\` integer not null, \`counted_by_id\` text null, constraint \`supply_counts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`supply_counts_supply_id_foreign\` foreign key(\`supply_id\`) references \`supplies\`(\`id\`) on delete cascade on update cascade, constraint \`supply_counts_counted_by_id_foreign\` foreign key(\`counted_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`supply_counts_organization_id_index\` on \`supply_counts\` (\`organization_id\`);`);
    this.addSql(`create index \`supply_counts_supply_id_index\` on \`supply_counts\` (\`supply_id\`);`);
    this.addSql(`create index \`supply_counts_counted_by_id_index\` on \`supply_counts\` (\`counted_by_id\`);`);
    this.addSql(`create index \`supply_counts_supply_id_counted_on_index\` on \`supply_counts\` (\`supply_id\`, \`counted_on\`);`);

    this.addSql(`create table \`equipment_services\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`asset_id\` text not null, \`serviced_on\` date not null, \`note\` text null, \`recorded_by_id\` text null, constraint \`equipment_services_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`equipment_services_asset_id_foreign\` foreign key(\`asset_id\`) references \`equipment_assets\`(\`id\`) on delete cascade on update cascade, constraint \`equipment_services_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`equipment_services_organization_id_index\` on \`equipment_services\` (\`organization_id\`);`);
    this.addSql(`create index \`equipment_services_asset_id_index\` on \`equipment_services\` (\`asset_id\`);`);
    this.addSql(`create index \`equipment_services_recorded_by_id_index\` on \`equipment_services\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`equipment_services_asset_id_serviced_on_index\` on \`equipment_services\` (\`asset_id\`, \`serviced_on\`);`);

    this.addSql(`alter table \`equipment_assets\` add column \`category\` text not null default 'OTHER';`);
  }

}
