import { Migration } from '@mikro-orm/migrations';

export class Migration20261126234644_Campaigns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "campaigns" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(160) not null, "channel" text check ("channel" in ('SEARCH_ADS', 'SOCIAL', 'PRINT', 'DIRECT_MAIL', 'RADIO', 'COMMUNITY_EVENT', 'REFERRAL_PROGRAM', 'EMAIL', 'OTHER')) not null, "objective" varchar(300) null, "service_line" varchar(120) null, "location_id" uuid null, "start_date" date not null, "end_date" date not null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', "budget_amount" bigint not null, "budget_line_id" uuid null, "tracking_code" varchar(80) not null, "new_patient_value_estimate" bigint not null, constraint "campaigns_pkey" primary key ("id"));`);
    this.addSql(`create index "campaigns_organization_id_index" on "campaigns" ("organization_id");`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_organization_id_tracking_code_unique" unique ("organization_id", "tracking_code");`);

    this.addSql(`create table "leads" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "campaign_id" uuid null, "inquiry_date" date not null, "source" varchar(120) null, "service_wanted" varchar(120) null, "stage" text check ("stage" in ('INQUIRY', 'SCHEDULED', 'NEW_PATIENT', 'LOST')) not null default 'INQUIRY', "scheduled_on" date null, "first_visit_on" date null, "lost_on" date null, "lost_reason" varchar(200) null, "contact_name" varchar(120) null, "contact_phone" varchar(40) null, "contact_email" varchar(254) null, "dedupe_key" varchar(64) not null, constraint "leads_pkey" primary key ("id"));`);
    this.addSql(`create index "leads_organization_id_index" on "leads" ("organization_id");`);
    this.addSql(`create index "leads_organization_id_campaign_id_stage_index" on "leads" ("organization_id", "campaign_id", "stage");`);
    this.addSql(`alter table "leads" add constraint "leads_organization_id_dedupe_key_unique" unique ("organization_id", "dedupe_key");`);

    this.addSql(`create table "campaign_spend" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "campaign_id" uuid not null, "date" date not null, "amount" bigint not null, "memo" varchar(300) null, "dedupe_key" varchar(64) not null, constraint "campaign_spend_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_spend_organization_id_index" on "campaign_spend" ("organization_id");`);
    this.addSql(`create index "campaign_spend_campaign_id_index" on "campaign_spend" ("campaign_id");`);
    this.addSql(`alter table "campaign_spend" add constraint "campaign_spend_organization_id_dedupe_key_unique" unique ("organization_id", "dedupe_key");`);

    this.addSql(`alter table "campaigns" add constraint "campaigns_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_location_id_foreign" foreign key ("location_id") references "locations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_lines" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "leads" add constraint "leads_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "leads" add constraint "leads_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign_spend" add constraint "campaign_spend_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_spend" add constraint "campaign_spend_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "leads" drop constraint "leads_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_spend" drop constraint "campaign_spend_campaign_id_foreign";`);

    this.addSql(`drop table if exists "campaigns" cascade;`);

    this.addSql(`drop table if exists "leads" cascade;`);

    this.addSql(`drop table if exists "campaign_spend" cascade;`);
  }

}
