import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126222754_Initial as SqliteInitial } from './sqlite/Migration20261126222754_Initial';
import { Migration20261126222756_Initial as PostgresqlInitial } from './postgresql/Migration20261126222756_Initial';
import { Migration20261126224551_Budgets as SqliteBudgets } from './sqlite/Migration20261126224551_Budgets';
import { Migration20261126224557_Budgets as PostgresqlBudgets } from './postgresql/Migration20261126224557_Budgets';
import { Migration20261126230158_LedgerMonthTotals as SqliteLedgerMonthTotals } from './sqlite/Migration20261126230158_LedgerMonthTotals';
import { Migration20261126230206_LedgerMonthTotals as PostgresqlLedgerMonthTotals } from './postgresql/Migration20261126230206_LedgerMonthTotals';
import { Migration20261126233628_AuditEntityLabel as SqliteAuditEntityLabel } from './sqlite/Migration20261126233628_AuditEntityLabel';
import { Migration20261126233644_AuditEntityLabel as PostgresqlAuditEntityLabel } from './postgresql/Migration20261126233644_AuditEntityLabel';
import { Migration20261126234637_Campaigns as SqliteCampaigns } from './sqlite/Migration20261126234637_Campaigns';
import { Migration20261126234644_Campaigns as PostgresqlCampaigns } from './postgresql/Migration20261126234644_Campaigns';
import { Migration20261127014650_Compensation as SqliteCompensation } from './sqlite/Migration20261127014650_Compensation';
import { Migration20261127014653_Compensation as PostgresqlCompensation } from './postgresql/Migration20261127014653_Compensation';
import { Migration20261127031443_Indexes as SqliteIndexes } from './sqlite/Migration20261127031443_Indexes';
import { Migration20261127031447_Indexes as PostgresqlIndexes } from './postgresql/Migration20261127031447_Indexes';
import { Migration20261204152341_LoginThrottles as SqliteLoginThrottles } from './sqlite/Migration20261204152341_LoginThrottles';
import { Migration20261204160010_Ledger as SqliteLedger } from './sqlite/Migration20261204160010_Ledger';
import { Migration20261204152353_LoginThrottles as PostgresqlLoginThrottles } from './postgresql/Migration20261204152353_LoginThrottles';
import { Migration20261204155954_Ledger as PostgresqlLedger } from './postgresql/Migration20261204155954_Ledger';
import { Migration20261204172922_Payables as SqlitePayables } from './sqlite/Migration20261204172922_Payables';
import { Migration20261204172929_Payables as PostgresqlPayables } from './postgresql/Migration20261204172929_Payables';
import { Migration20261204181132_PaymentRuns as SqlitePaymentRuns } from './sqlite/Migration20261204181132_PaymentRuns';
import { Migration20261204181151_PaymentRuns as PostgresqlPaymentRuns } from './postgresql/Migration20261204181151_PaymentRuns';
import { Migration20261204185632_PurchaseOrders as SqlitePurchaseOrders } from './sqlite/Migration20261204185632_PurchaseOrders';
import { Migration20261204185635_PurchaseOrders as PostgresqlPurchaseOrders } from './postgresql/Migration20261204185635_PurchaseOrders';
import { Migration20261204223652_RecurringBills as SqliteRecurringBills } from './sqlite/Migration20261204223652_RecurringBills';
import { Migration20261204223655_RecurringBills as PostgresqlRecurringBills } from './postgresql/Migration20261204223655_RecurringBills';
import { Migration20261204224720_Equipment as SqliteEquipment } from './sqlite/Migration20261204224720_Equipment';
import { Migration20261204224724_Equipment as PostgresqlEquipment } from './postgresql/Migration20261204224724_Equipment';
import { Migration20261205052243_SuppliesAndEquipmentServices as SqliteSuppliesAndEquipmentServices } from './sqlite/Migration20261205052243_SuppliesAndEquipmentServices';
import { Migration20261205052305_SuppliesAndEquipmentServices as PostgresqlSuppliesAndEquipmentServices } from './postgresql/Migration20261205052305_SuppliesAndEquipmentServices';
import { Migration20261205084124_EmployeeWorkEmailUnique as SqliteEmployeeWorkEmailUnique } from './sqlite/Migration20261205084124_EmployeeWorkEmailUnique';
import { Migration20261205084154_EmployeeWorkEmailUnique as PostgresqlEmployeeWorkEmailUnique } from './postgresql/Migration20261205084154_EmployeeWorkEmailUnique';
import { Migration20261205084942_TimeCards as SqliteTimeCards } from './sqlite/Migration20261205084942_TimeCards';
import { Migration20261205085002_TimeCards as PostgresqlTimeCards } from './postgresql/Migration20261205085002_TimeCards';
import { Migration20261205233500_CycleApprovalCompletion as SqliteCycleApprovalCompletion } from './sqlite/Migration20261205233500_CycleApprovalCompletion';
import { Migration20261205233510_CycleApprovalCompletion as PostgresqlCycleApprovalCompletion } from './postgresql/Migration20261205233510_CycleApprovalCompletion';
import { Migration20261206021529_Notifications as SqliteNotifications } from './sqlite/Migration20261206021529_Notifications';
import { Migration20261206021553_Notifications as PostgresqlNotifications } from './postgresql/Migration20261206021553_Notifications';
import { Migration20261206060311_NotificationEmail as SqliteNotificationEmail } from './sqlite/Migration20261206060311_NotificationEmail';
import { Migration20261206060326_NotificationEmail as PostgresqlNotificationEmail } from './postgresql/Migration20261206060326_NotificationEmail';
import { Migration20261206061948_PayablesOverviewIndexes as PostgresqlPayablesOverviewIndexes } from './postgresql/Migration20261206061948_PayablesOverviewIndexes';
import { Migration20261206062001_PayablesOverviewIndexes as SqlitePayablesOverviewIndexes } from './sqlite/Migration20261206062001_PayablesOverviewIndexes';
import { Migration20261206062240_PayablesDiscountIndexes as PostgresqlPayablesDiscountIndexes } from './postgresql/Migration20261206062240_PayablesDiscountIndexes';
import { Migration20261206062251_PayablesDiscountIndexes as SqlitePayablesDiscountIndexes } from './sqlite/Migration20261206062251_PayablesDiscountIndexes';

// Explicit lists, one folder per database, generated by `pnpm praxis migration:create` against a
// real database of each kind. Append new migrations here, in order.
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261126222754_Initial', class: SqliteInitial },
  { name: 'Migration20261126224551_Budgets', class: SqliteBudgets },
  { name: 'Migration20261126230158_LedgerMonthTotals', class: SqliteLedgerMonthTotals },
  { name: 'Migration20261126233628_AuditEntityLabel', class: SqliteAuditEntityLabel },
  { name: 'Migration20261126234637_Campaigns', class: SqliteCampaigns },
  { name: 'Migration20261127014650_Compensation', class: SqliteCompensation },
  { name: 'Migration20261127031443_Indexes', class: SqliteIndexes },
  { name: 'Migration20261204152341_LoginThrottles', class: SqliteLoginThrottles },
  { name: 'Migration20261204160010_Ledger', class: SqliteLedger },
  { name: 'Migration20261204172922_Payables', class: SqlitePayables },
  { name: 'Migration20261204181132_PaymentRuns', class: SqlitePaymentRuns },
  { name: 'Migration20261204185632_PurchaseOrders', class: SqlitePurchaseOrders },
  { name: 'Migration20261204223652_RecurringBills', class: SqliteRecurringBills },
  { name: 'Migration20261204224720_Equipment', class: SqliteEquipment },
  { name: 'Migration20261205052243_SuppliesAndEquipmentServices', class: SqliteSuppliesAndEquipmentServices },
  { name: 'Migration20261205084124_EmployeeWorkEmailUnique', class: SqliteEmployeeWorkEmailUnique },
  { name: 'Migration20261205084942_TimeCards', class: SqliteTimeCards },
  { name: 'Migration20261205233500_CycleApprovalCompletion', class: SqliteCycleApprovalCompletion },
  { name: 'Migration20261206021529_Notifications', class: SqliteNotifications },
  { name: 'Migration20261206060311_NotificationEmail', class: SqliteNotificationEmail },
  { name: 'Migration20261206062001_PayablesOverviewIndexes', class: SqlitePayablesOverviewIndexes },
  { name: 'Migration20261206062251_PayablesDiscountIndexes', class: SqlitePayablesDiscountIndexes },
];
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261126222756_Initial', class: PostgresqlInitial },
  { name: 'Migration20261126224557_Budgets', class: PostgresqlBudgets },
  { name: 'Migration20261126230206_LedgerMonthTotals', class: PostgresqlLedgerMonthTotals },
  { name: 'Migration20261126233644_AuditEntityLabel', class: PostgresqlAuditEntityLabel },
  { name: 'Migration20261126234644_Campaigns', class: PostgresqlCampaigns },
  { name: 'Migration20261127014653_Compensation', class: PostgresqlCompensation },
  { name: 'Migration20261127031447_Indexes', class: PostgresqlIndexes },
  { name: 'Migration20261204152353_LoginThrottles', class: PostgresqlLoginThrottles },
  { name: 'Migration20261204155954_Ledger', class: PostgresqlLedger },
  { name: 'Migration20261204172929_Payables', class: PostgresqlPayables },
  { name: 'Migration20261204181151_PaymentRuns', class: PostgresqlPaymentRuns },
  { name: 'Migration20261204185635_PurchaseOrders', class: PostgresqlPurchaseOrders },
  { name: 'Migration20261204223655_RecurringBills', class: PostgresqlRecurringBills },
  { name: 'Migration20261204224724_Equipment', class: PostgresqlEquipment },
  { name: 'Migration20261205052305_SuppliesAndEquipmentServices', class: PostgresqlSuppliesAndEquipmentServices },
  { name: 'Migration20261205084154_EmployeeWorkEmailUnique', class: PostgresqlEmployeeWorkEmailUnique },
  { name: 'Migration20261205085002_TimeCards', class: PostgresqlTimeCards },
  { name: 'Migration20261205233510_CycleApprovalCompletion', class: PostgresqlCycleApprovalCompletion },
  { name: 'Migration20261206021553_Notifications', class: PostgresqlNotifications },
  { name: 'Migration20261206060326_NotificationEmail', class: PostgresqlNotificationEmail },
  { name: 'Migration20261206061948_PayablesOverviewIndexes', class: PostgresqlPayablesOverviewIndexes },
  { name: 'Migration20261206062240_PayablesDiscountIndexes', class: PostgresqlPayablesDiscountIndexes },
];
