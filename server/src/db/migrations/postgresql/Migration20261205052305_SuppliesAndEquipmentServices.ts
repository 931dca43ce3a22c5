import { Migration } from '@mikro-orm/migrations';

export class Migration20261205052305_SuppliesAndEquipmentServices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "supplies" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(160) not null, "unit" varchar(40) not null, "vendor_id" uuid not null, "account_id" uuid not null, "cost_centre_id" uuid not null, "unit_price" bigint not null, "on_hand" int not null default 0, "counted_on" date null, "daily_use_hundredths" int not null, "lead_time_days" smallint not null, "safety_stock" int not null, "par_level" int not null, "reorder_point" int not null, "active" boolean not null default true, "last_order_id" uuid null, constraint "supplies_pkey" primary key ("id"));`);
    this.addSql(`create index "supplies_organization_id_index" on "supplies" ("organization_id");`);
    this.addSql(`create index "supplies_organization_id_active_index" on "supplies" ("organization_id", "active");`);
    this.addSql(`alter table "supplies" add constraint "supplies_organization_id_cost_centre_id_name_unique" unique ("organization_id", "cost_centre_id", "name");`);

    this.addSql(`create table "supply_counts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "supply_id" uuid not null, "counted_on" date not null, "quantity" int not null, "counted_by_id" uuid null, constraint "supply_counts_pkey" primary key ("id"));`);
    this.addSql(`create index "supply_counts_organization_id_index" on "supply_counts" ("organization_id");`);
    this.addSql(`create index "supply_counts_supply_id_counted_on_index" on "supply_counts" ("supply_id", "counted_on");`);

    this.addSql(`create table "equipment_services" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "asset_id" uuid not null, "serviced_on" date not null, "note" text null, "recorded_by_id" uuid null, constraint "equipment_services_pkey" primary key ("id"));`);
    this.addSql(`create index "equipment_services_organization_id_index" on "equipment_services" ("organization_id");`);
    this.addSql(`create index "equipment_services_asset_id_serviced_on_index" on "equipment_services" ("asset_id", "serviced_on");`);

    this.addSql(`alter table "supplies" add constraint "supplies_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supplies" add constraint "supplies_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade;`);
    this.addSql(`alter table "supplies" add constraint "supplies_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "supplies" add constraint "supplies_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade;`);
    this.addSql(`alter table "supplies" add constraint "supplies_last_order_id_foreign" foreign key ("last_order_id") references "purchase_orders" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "supply_counts" add constraint "supply_counts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supply_counts" add constraint "supply_counts_supply_id_foreign" foreign key ("supply_id") references "supplies" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supply_counts" add constraint "supply_counts_counted_by_id_foreign" foreign key ("counted_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "equipment_services" add constraint "equipment_services_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "equipment_services" add constraint "equipment_services_asset_id_foreign" foreign key ("asset_id") references "equipment_assets" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "equipment_services" add constraint "equipment_services_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "equipment_assets" add column "category" varchar(24) not null default 'OTHER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "supply_counts" drop constraint "supply_counts_supply_id_foreign";`);

    this.addSql(`drop table if exists "supplies" cascade;`);

    this.addSql(`drop table if exists "supply_counts" cascade;`);

    this.addSql(`drop table if exists "equipment_services" cascade;`);

    this.addSql(`alter table "equipment_assets" drop column "category";`);
  }

}
