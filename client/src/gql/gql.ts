/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { viewer { id } }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut { logout }\n": typeof types.SignOutDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!, $canReadPeople: Boolean!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    people: employees(filter: { includeFormer: true }) @include(if: $canReadPeople) { id fullName }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n": typeof types.AdministratorDashboardDocument,
    "\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": typeof types.AssistantDashboardDocument,
    "\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n  }\n": typeof types.ConsultantDashboardDocument,
    "\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n  }\n": typeof types.OfficeManagerDashboardDocument,
    "\n  query PracticeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n": typeof types.PracticeManagerDashboardDocument,
    "\n  query ProviderDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...MyTeamWidget_query\n    ...VacanciesWidget_query\n  }\n": typeof types.ProviderDashboardDocument,
    "\n  query StaffDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": typeof types.StaffDashboardDocument,
    "\n  fragment HeadcountWidget_query on Query {\n    headcount {\n      asOf\n      total\n      totalFte\n      vacancies\n      byCategory { category headcount }\n    }\n  }\n": typeof types.HeadcountWidget_QueryFragmentDoc,
    "\n  fragment MyPositionWidget_query on Query {\n    employee(id: $employeeId) @include(if: $hasEmployee) {\n      id\n      fullName\n      category\n      position {\n        id\n        title\n        tier\n        department { id name }\n        location { id name address }\n      }\n    }\n  }\n": typeof types.MyPositionWidget_QueryFragmentDoc,
    "\n  fragment MyTeamWidget_query on Query {\n    myTeam {\n      id\n      directReports\n      totalReports\n      employee { id fullName category }\n      position { id title category location { id name } }\n    }\n  }\n": typeof types.MyTeamWidget_QueryFragmentDoc,
    "\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n": typeof types.RecentChangesWidget_QueryFragmentDoc,
    "\n  fragment StaffMixWidget_query on Query {\n    headcount {\n      total\n      byCategory { category headcount fte }\n    }\n  }\n": typeof types.StaffMixWidget_QueryFragmentDoc,
    "\n  fragment VacanciesWidget_query on Query {\n    vacancies {\n      id\n      title\n      category\n      openedOn\n      department { id name }\n      location { id name }\n    }\n  }\n": typeof types.VacanciesWidget_QueryFragmentDoc,
    "\n  query OrgChart($asOf: String) {\n    orgChart(asOf: $asOf) {\n      asOf\n      nodes { ...OrgChart_node }\n    }\n  }\n": typeof types.OrgChartDocument,
    "\n  query ChainOfCommand($positionId: ID!) {\n    chainOfCommand(positionId: $positionId) {\n      id\n      employee { id fullName category }\n      position { id title category }\n    }\n  }\n": typeof types.ChainOfCommandDocument,
    "\n  fragment OrgChart_node on OrgChartNode {\n    id\n    reportsToId\n    clinicalSupervisorId\n    directReports\n    totalReports\n    employee { id fullName category }\n    position {\n      id\n      title\n      category\n      tier\n      department { id name }\n      location { id name }\n    }\n  }\n": typeof types.OrgChart_NodeFragmentDoc,
    "\n  query People($filter: EmployeeFilter, $canReadDetails: Boolean!) {\n    employees(filter: $filter) {\n      id\n      fullName\n      lastName\n      workEmail\n      category\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      hireDate @include(if: $canReadDetails)\n      position {\n        id\n        title\n        department { id name }\n        location { id name }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!, $canReadDetails: Boolean!) {\n    employee(id: $id) {\n      id\n      fullName\n      workEmail\n      category\n      hireDate @include(if: $canReadDetails)\n      endDate @include(if: $canReadDetails)\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      position {\n        id\n        title\n        tier\n        openedOn\n        department { id name }\n        location { id name address }\n      }\n      ...PersonEditForm_employee\n    }\n  }\n": typeof types.PersonDocument,
    "\n  fragment PersonEditForm_employee on Employee {\n    id\n    version\n    firstName\n    lastName\n    workEmail\n    employmentType @include(if: $canReadDetails)\n    fte @include(if: $canReadDetails)\n  }\n": typeof types.PersonEditForm_EmployeeFragmentDoc,
    "\n  mutation UpdateEmployee($input: UpdateEmployeeInput!, $canReadDetails: Boolean!) {\n    updateEmployee(input: $input) {\n      id\n      fullName\n      ...PersonEditForm_employee\n    }\n  }\n": typeof types.UpdateEmployeeDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      employeeId\n      capabilities\n      current { organizationId organizationName role endsOn }\n      memberships { organizationId organizationName role endsOn }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { viewer { id } }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut { logout }\n": types.SignOutDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!, $canReadPeople: Boolean!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    people: employees(filter: { includeFormer: true }) @include(if: $canReadPeople) { id fullName }\n  }\n": types.AuditLogDocument,
    "\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n": types.AdministratorDashboardDocument,
    "\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": types.AssistantDashboardDocument,
    "\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n  }\n": types.ConsultantDashboardDocument,
    "\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n  }\n": types.OfficeManagerDashboardDocument,
    "\n  query PracticeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n": types.PracticeManagerDashboardDocument,
    "\n  query ProviderDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...MyTeamWidget_query\n    ...VacanciesWidget_query\n  }\n": types.ProviderDashboardDocument,
    "\n  query StaffDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": types.StaffDashboardDocument,
    "\n  fragment HeadcountWidget_query on Query {\n    headcount {\n      asOf\n      total\n      totalFte\n      vacancies\n      byCategory { category headcount }\n    }\n  }\n": types.HeadcountWidget_QueryFragmentDoc,
    "\n  fragment MyPositionWidget_query on Query {\n    employee(id: $employeeId) @include(if: $hasEmployee) {\n      id\n      fullName\n      category\n      position {\n        id\n        title\n        tier\n        department { id name }\n        location { id name address }\n      }\n    }\n  }\n": types.MyPositionWidget_QueryFragmentDoc,
    "\n  fragment MyTeamWidget_query on Query {\n    myTeam {\n      id\n      directReports\n      totalReports\n      employee { id fullName category }\n      position { id title category location { id name } }\n    }\n  }\n": types.MyTeamWidget_QueryFragmentDoc,
    "\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n": types.RecentChangesWidget_QueryFragmentDoc,
    "\n  fragment StaffMixWidget_query on Query {\n    headcount {\n      total\n      byCategory { category headcount fte }\n    }\n  }\n": types.StaffMixWidget_QueryFragmentDoc,
    "\n  fragment VacanciesWidget_query on Query {\n    vacancies {\n      id\n      title\n      category\n      openedOn\n      department { id name }\n      location { id name }\n    }\n  }\n": types.VacanciesWidget_QueryFragmentDoc,
    "\n  query OrgChart($asOf: String) {\n    orgChart(asOf: $asOf) {\n      asOf\n      nodes { ...OrgChart_node }\n    }\n  }\n": types.OrgChartDocument,
    "\n  query ChainOfCommand($positionId: ID!) {\n    chainOfCommand(positionId: $positionId) {\n      id\n      employee { id fullName category }\n      position { id title category }\n    }\n  }\n": types.ChainOfCommandDocument,
    "\n  fragment OrgChart_node on OrgChartNode {\n    id\n    reportsToId\n    clinicalSupervisorId\n    directReports\n    totalReports\n    employee { id fullName category }\n    position {\n      id\n      title\n      category\n      tier\n      department { id name }\n      location { id name }\n    }\n  }\n": types.OrgChart_NodeFragmentDoc,
    "\n  query People($filter: EmployeeFilter, $canReadDetails: Boolean!) {\n    employees(filter: $filter) {\n      id\n      fullName\n      lastName\n      workEmail\n      category\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      hireDate @include(if: $canReadDetails)\n      position {\n        id\n        title\n        department { id name }\n        location { id name }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!, $canReadDetails: Boolean!) {\n    employee(id: $id) {\n      id\n      fullName\n      workEmail\n      category\n      hireDate @include(if: $canReadDetails)\n      endDate @include(if: $canReadDetails)\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      position {\n        id\n        title\n        tier\n        openedOn\n        department { id name }\n        location { id name address }\n      }\n      ...PersonEditForm_employee\n    }\n  }\n": types.PersonDocument,
    "\n  fragment PersonEditForm_employee on Employee {\n    id\n    version\n    firstName\n    lastName\n    workEmail\n    employmentType @include(if: $canReadDetails)\n    fte @include(if: $canReadDetails)\n  }\n": types.PersonEditForm_EmployeeFragmentDoc,
    "\n  mutation UpdateEmployee($input: UpdateEmployeeInput!, $canReadDetails: Boolean!) {\n    updateEmployee(input: $input) {\n      id\n      fullName\n      ...PersonEditForm_employee\n    }\n  }\n": types.UpdateEmployeeDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      employeeId\n      capabilities\n      current { organizationId organizationName role endsOn }\n      memberships { organizationId organizationName role endsOn }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { viewer { id } }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { viewer { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { logout }\n"): (typeof documents)["\n  mutation SignOut { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!, $canReadPeople: Boolean!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    people: employees(filter: { includeFormer: true }) @include(if: $canReadPeople) { id fullName }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!, $canReadPeople: Boolean!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    people: employees(filter: { includeFormer: true }) @include(if: $canReadPeople) { id fullName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n"): (typeof documents)["\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n"): (typeof documents)["\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n  }\n"): (typeof documents)["\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n  }\n"): (typeof documents)["\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n"): (typeof documents)["\n  query PracticeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...MyTeamWidget_query\n    ...VacanciesWidget_query\n  }\n"): (typeof documents)["\n  query ProviderDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...MyTeamWidget_query\n    ...VacanciesWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n"): (typeof documents)["\n  query StaffDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadcountWidget_query on Query {\n    headcount {\n      asOf\n      total\n      totalFte\n      vacancies\n      byCategory { category headcount }\n    }\n  }\n"): (typeof documents)["\n  fragment HeadcountWidget_query on Query {\n    headcount {\n      asOf\n      total\n      totalFte\n      vacancies\n      byCategory { category headcount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyPositionWidget_query on Query {\n    employee(id: $employeeId) @include(if: $hasEmployee) {\n      id\n      fullName\n      category\n      position {\n        id\n        title\n        tier\n        department { id name }\n        location { id name address }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyPositionWidget_query on Query {\n    employee(id: $employeeId) @include(if: $hasEmployee) {\n      id\n      fullName\n      category\n      position {\n        id\n        title\n        tier\n        department { id name }\n        location { id name address }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTeamWidget_query on Query {\n    myTeam {\n      id\n      directReports\n      totalReports\n      employee { id fullName category }\n      position { id title category location { id name } }\n    }\n  }\n"): (typeof documents)["\n  fragment MyTeamWidget_query on Query {\n    myTeam {\n      id\n      directReports\n      totalReports\n      employee { id fullName category }\n      position { id title category location { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n"): (typeof documents)["\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffMixWidget_query on Query {\n    headcount {\n      total\n      byCategory { category headcount fte }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffMixWidget_query on Query {\n    headcount {\n      total\n      byCategory { category headcount fte }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VacanciesWidget_query on Query {\n    vacancies {\n      id\n      title\n      category\n      openedOn\n      department { id name }\n      location { id name }\n    }\n  }\n"): (typeof documents)["\n  fragment VacanciesWidget_query on Query {\n    vacancies {\n      id\n      title\n      category\n      openedOn\n      department { id name }\n      location { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChart($asOf: String) {\n    orgChart(asOf: $asOf) {\n      asOf\n      nodes { ...OrgChart_node }\n    }\n  }\n"): (typeof documents)["\n  query OrgChart($asOf: String) {\n    orgChart(asOf: $asOf) {\n      asOf\n      nodes { ...OrgChart_node }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainOfCommand($positionId: ID!) {\n    chainOfCommand(positionId: $positionId) {\n      id\n      employee { id fullName category }\n      position { id title category }\n    }\n  }\n"): (typeof documents)["\n  query ChainOfCommand($positionId: ID!) {\n    chainOfCommand(positionId: $positionId) {\n      id\n      employee { id fullName category }\n      position { id title category }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgChart_node on OrgChartNode {\n    id\n    reportsToId\n    clinicalSupervisorId\n    directReports\n    totalReports\n    employee { id fullName category }\n    position {\n      id\n      title\n      category\n      tier\n      department { id name }\n      location { id name }\n    }\n  }\n"): (typeof documents)["\n  fragment OrgChart_node on OrgChartNode {\n    id\n    reportsToId\n    clinicalSupervisorId\n    directReports\n    totalReports\n    employee { id fullName category }\n    position {\n      id\n      title\n      category\n      tier\n      department { id name }\n      location { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: EmployeeFilter, $canReadDetails: Boolean!) {\n    employees(filter: $filter) {\n      id\n      fullName\n      lastName\n      workEmail\n      category\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      hireDate @include(if: $canReadDetails)\n      position {\n        id\n        title\n        department { id name }\n        location { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($filter: EmployeeFilter, $canReadDetails: Boolean!) {\n    employees(filter: $filter) {\n      id\n      fullName\n      lastName\n      workEmail\n      category\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      hireDate @include(if: $canReadDetails)\n      position {\n        id\n        title\n        department { id name }\n        location { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!, $canReadDetails: Boolean!) {\n    employee(id: $id) {\n      id\n      fullName\n      workEmail\n      category\n      hireDate @include(if: $canReadDetails)\n      endDate @include(if: $canReadDetails)\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      position {\n        id\n        title\n        tier\n        openedOn\n        department { id name }\n        location { id name address }\n      }\n      ...PersonEditForm_employee\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!, $canReadDetails: Boolean!) {\n    employee(id: $id) {\n      id\n      fullName\n      workEmail\n      category\n      hireDate @include(if: $canReadDetails)\n      endDate @include(if: $canReadDetails)\n      employmentType @include(if: $canReadDetails)\n      fte @include(if: $canReadDetails)\n      position {\n        id\n        title\n        tier\n        openedOn\n        department { id name }\n        location { id name address }\n      }\n      ...PersonEditForm_employee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonEditForm_employee on Employee {\n    id\n    version\n    firstName\n    lastName\n    workEmail\n    employmentType @include(if: $canReadDetails)\n    fte @include(if: $canReadDetails)\n  }\n"): (typeof documents)["\n  fragment PersonEditForm_employee on Employee {\n    id\n    version\n    firstName\n    lastName\n    workEmail\n    employmentType @include(if: $canReadDetails)\n    fte @include(if: $canReadDetails)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployee($input: UpdateEmployeeInput!, $canReadDetails: Boolean!) {\n    updateEmployee(input: $input) {\n      id\n      fullName\n      ...PersonEditForm_employee\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployee($input: UpdateEmployeeInput!, $canReadDetails: Boolean!) {\n    updateEmployee(input: $input) {\n      id\n      fullName\n      ...PersonEditForm_employee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      employeeId\n      capabilities\n      current { organizationId organizationName role endsOn }\n      memberships { organizationId organizationName role endsOn }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      employeeId\n      capabilities\n      current { organizationId organizationName role endsOn }\n      memberships { organizationId organizationName role endsOn }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;