import { Session } from '../modules/auth/session.entity';
import { LoginThrottle } from '../modules/auth/login-throttle.entity';
import { AuditEntry } from '../core/audit/audit-entry.entity';
import { Membership, Organization, User } from '../core/organization.entity';
import {
  Assignment, Department, Employee, Location, Position, ReportingLine,
} from '../modules/orgchart/orgchart.entity';
import {
  Account, AccountMapping, Budget, BudgetLine, CostCentre, LedgerEntry, LedgerMonthTotal,
} from '../modules/budget/budget.entity';
import { Campaign, CampaignSpend, Lead } from '../modules/campaign/campaign.entity';
import { CompensationCycle, CompensationRecord, Proposal, SalaryBand } from '../modules/compensation/compensation.entity';
import { Collection, Encounter, ProcedureCode, ServiceLine } from '../modules/encounter/encounter.entity';
import { ProductivityTarget, ProviderPlan } from '../modules/productivity/productivity.entity';

export const ENTITIES = [
  Organization, User, Membership, Session, LoginThrottle, AuditEntry,
  Location, Department, Position, ReportingLine, Employee, Assignment,
  Account, CostCentre, Budget, BudgetLine, LedgerEntry, AccountMapping, LedgerMonthTotal,
  Campaign, CampaignSpend, Lead,
  SalaryBand, CompensationRecord, CompensationCycle, Proposal,
  ProcedureCode, Encounter, ServiceLine, Collection, ProviderPlan, ProductivityTarget,
];

/** Entities read only through the tenant filter (every OrgScopedEntity, plus the audit log). */
export const TENANT_SCOPED = [
  'AuditEntry', 'Location', 'Department', 'Position', 'ReportingLine', 'Employee', 'Assignment',
  'Account', 'CostCentre', 'Budget', 'BudgetLine', 'LedgerEntry', 'AccountMapping', 'LedgerMonthTotal',
  'Campaign', 'CampaignSpend', 'Lead',
  'SalaryBand', 'CompensationRecord', 'CompensationCycle', 'Proposal',
  'ProcedureCode', 'Encounter', 'ServiceLine', 'Collection', 'ProviderPlan', 'ProductivityTarget',
];
