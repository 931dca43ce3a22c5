import { Migration } from '@mikro-orm/migrations';

export class Migration20261126222754_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organizations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`slug\` text not null, \`fiscal_year_start_month\` integer not null default 1, \`currency\` text not null default 'USD', \`time_zone\` text not null default 'America/New_York', primary key (\`id\`));`);
    this.addSql(`create unique index \`organizations_slug_unique\` on \`organizations\` (\`slug\`);`);

    this.addSql(`create table \`locations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`name\` text not null, \`address\` text null, constraint \`locations_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`locations_organization_id_index\` on \`locations\` (\`organization_id\`);`);
    this.addSql(`create unique index \`locations_organization_id_name_unique\` on \`locations\` (\`organization_id\`, \`name\`);`);

    this.addSql(`create table \`departments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`name\` text not null, constraint \`departments_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`departments_organization_id_index\` on \`departments\` (\`organization_id\`);`);
    this.addSql(`create unique index \`departments_organization_id_name_unique\` on \`departments\` (\`organization_id\`, \`name\`);`);

    this.addSql(`create table \`positions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`title\` text not null, \`category\` text check (\`category\` in ('PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE', 'CLINICAL_STAFF', 'ADMINISTRATIVE_STAFF', 'MANAGEMENT')) not null, \`tier\` text check (\`tier\` in ('EXECUTIVE', 'MANAGER', 'PROVIDER', 'STAFF')) not null, \`department_id\` text null, \`location_id\` text null, \`opened_on\` date not null, \`closed_on\` date null, constraint \`positions_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`positions_department_id_foreign\` foreign key(\`department_id\`) references \`departments\`(\`id\`) on delete set null on update cascade, constraint \`positions_location_id_foreign\` foreign key(\`location_id\`) references \`locations\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`positions_organization_id_index\` on \`positions\` (\`organization_id\`);`);
    this.addSql(`create index \`positions_department_id_index\` on \`positions\` (\`department_id\`);`);
    this.addSql(`create index \`positions_location_id_index\` on \`positions\` (\`location_id\`);`);

    this.addSql(`create table \`reporting_lines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`position_id\` text not null, \`reports_to_id\` text null, \`clinical_supervisor_id\` text null, \`effective_from\` date not null, \`effective_to\` date null, constraint \`reporting_lines_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`reporting_lines_position_id_foreign\` foreign key(\`position_id\`) references \`positions\`(\`id\`) on update cascade, constraint \`reporting_lines_reports_to_id_foreign\` foreign key(\`reports_to_id\`) references \`positions\`(\`id\`) on delete set null on update cascade, constraint \`reporting_lines_clinical_supervisor_id_foreign\` foreign key(\`clinical_supervisor_id\`) references \`positions\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`reporting_lines_organization_id_index\` on \`reporting_lines\` (\`organization_id\`);`);
    this.addSql(`create index \`reporting_lines_position_id_index\` on \`reporting_lines\` (\`position_id\`);`);
    this.addSql(`create index \`reporting_lines_reports_to_id_index\` on \`reporting_lines\` (\`reports_to_id\`);`);
    this.addSql(`create index \`reporting_lines_clinical_supervisor_id_index\` on \`reporting_lines\` (\`clinical_supervisor_id\`);`);
    this.addSql(`create index \`reporting_lines_organization_id_effective_from_index\` on \`reporting_lines\` (\`organization_id\`, \`effective_from\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`failed_login_count\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);

    this.addSql(`create table \`sessions\` (\`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);

    this.addSql(`create table \`memberships\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`organization_id\` text not null, \`role\` text check (\`role\` in ('OFFICE_MANAGER', 'PRACTICE_MANAGER', 'ADMINISTRATOR', 'PHYSICIAN_OWNER', 'CONSULTANT', 'ASSISTANT', 'PROVIDER', 'STAFF')) not null, \`ends_on\` date null, constraint \`memberships_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`memberships_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`memberships_user_id_index\` on \`memberships\` (\`user_id\`);`);
    this.addSql(`create index \`memberships_organization_id_index\` on \`memberships\` (\`organization_id\`);`);
    this.addSql(`create unique index \`memberships_user_id_organization_id_unique\` on \`memberships\` (\`user_id\`, \`organization_id\`);`);

    this.addSql(`create table \`employees\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`first_name\` text not null, \`last_name\` text not null, \`work_email\` text not null, \`category\` text check (\`category\` in ('PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE', 'CLINICAL_STAFF', 'ADMINISTRATIVE_STAFF', 'MANAGEMENT')) not null, \`employment_type\` text check (\`employment_type\` in ('FULL_TIME', 'PART_TIME', 'PER_DIEM', 'CONTRACTOR')) not null default 'FULL_TIME', \`fte_hundredths\` integer not null default 100, \`hire_date\` date not null, \`end_date\` date null, \`user_id\` text null, constraint \`employees_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`employees_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`employees_organization_id_index\` on \`employees\` (\`organization_id\`);`);
    this.addSql(`create index \`employees_user_id_index\` on \`employees\` (\`user_id\`);`);

    this.addSql(`create table \`assignments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`employee_id\` text not null, \`position_id\` text not null, \`start_date\` date not null, \`end_date\` date null, constraint \`assignments_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`assignments_employee_id_foreign\` foreign key(\`employee_id\`) references \`employees\`(\`id\`) on update cascade, constraint \`assignments_position_id_foreign\` foreign key(\`position_id\`) references \`positions\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assignments_organization_id_index\` on \`assignments\` (\`organization_id\`);`);
    this.addSql(`create index \`assignments_employee_id_index\` on \`assignments\` (\`employee_id\`);`);
    this.addSql(`create index \`assignments_position_id_index\` on \`assignments\` (\`position_id\`);`);
    this.addSql(`create index \`assignments_organization_id_start_date_index\` on \`assignments\` (\`organization_id\`, \`start_date\`);`);

    this.addSql(`create table \`audit_entries\` (\`id\` text not null, \`organization_id\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`actor_role\` text check (\`actor_role\` in ('OFFICE_MANAGER', 'PRACTICE_MANAGER', 'ADMINISTRATOR', 'PHYSICIAN_OWNER', 'CONSULTANT', 'ASSISTANT', 'PROVIDER', 'STAFF')) null, \`action\` text check (\`action\` in ('CREATE', 'UPDATE', 'DELETE', 'READ')) not null, \`entity_name\` text not null, \`entity_id\` text not null, \`before\` json null, \`after\` json null, \`correlation_id\` text null, constraint \`audit_entries_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`audit_entries_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entries_organization_id_index\` on \`audit_entries\` (\`organization_id\`);`);
    this.addSql(`create index \`audit_entries_actor_id_index\` on \`audit_entries\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_entries_organization_id_at_index\` on \`audit_entries\` (\`organization_id\`, \`at\`);`);
  }

}
