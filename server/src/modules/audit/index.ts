import { defineModule } from '../../core/module';
import { AuditResolver } from './audit.resolver';

/** Reading the audit log (core writes it). */
export const auditModule = defineModule({
  name: 'audit',
  resolvers: [AuditResolver],
  matrix: {
    'Query.auditLog': { query: '{ auditLog(limit: 1) { total } }' },
    'Query.auditReads': { query: '{ auditReads(limit: 1) { total } }' },
  },
});
