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
    "\n  query BudgetEditor($id: ID!) {\n    budget(id: $id) {\n      ...BudgetSummary\n      lines { ...BudgetSheet_line }\n    }\n    accounts { id code name kind group }\n    costCentres { id name }\n  }\n": typeof types.BudgetEditorDocument,
    "\n  mutation ImportBudgetXlsx($budgetId: ID!, $fileBase64: String!) {\n    importBudgetXlsx(budgetId: $budgetId, fileBase64: $fileBase64) { added updated removed unchanged }\n  }\n": typeof types.ImportBudgetXlsxDocument,
    "\n  query Budgets {\n    budgets { ...BudgetSummary }\n    budgetSettings { fiscalYearStartMonth varianceThresholdBps }\n  }\n": typeof types.BudgetsDocument,
    "\n  query ImportActualsSetup {\n    accounts { id code name group }\n    costCentres { id name }\n    currentBudget { id fiscalYear budgetVersion }\n  }\n": typeof types.ImportActualsSetupDocument,
    "\n  query InspectActualsCsv($csv: String!) {\n    inspectActualsCsv(csv: $csv) {\n      headers\n      sample\n      rowCount\n      externalAccounts\n      rememberedMappings { externalName accountId }\n    }\n  }\n": typeof types.InspectActualsCsvDocument,
    "\n  mutation ImportActuals($input: ImportActualsInput!) {\n    importActuals(input: $input) {\n      ok\n      imported\n      duplicates\n      total\n      unmappedAccounts\n      errors { row column message }\n    }\n  }\n": typeof types.ImportActualsDocument,
    "\n  query VarianceReport($budgetId: ID!, $throughMonth: Int) {\n    varianceReport(budgetId: $budgetId, throughMonth: $throughMonth) {\n      throughMonth\n      monthLabels\n      thresholdPercent\n      budget { ...BudgetSummary }\n      ...VarianceKpis_report\n      ...MonthlyChart_report\n      ...GroupVarianceChart_report\n      ...VarianceTable_report\n    }\n  }\n": typeof types.VarianceReportDocument,
    "\n  fragment BudgetSummary on Budget {\n    id\n    fiscalYear\n    budgetVersion\n    status\n    startMonth\n    version\n    submittedAt\n    approvedAt\n    rejectionComment\n    totals { revenue expense net }\n  }\n": typeof types.BudgetSummaryFragmentDoc,
    "\n  mutation SubmitBudget($id: ID!) { submitBudget(id: $id) { ...BudgetSummary } }\n": typeof types.SubmitBudgetDocument,
    "\n  mutation ApproveBudget($id: ID!) { approveBudget(id: $id) { ...BudgetSummary } }\n": typeof types.ApproveBudgetDocument,
    "\n  mutation RejectBudget($id: ID!, $comment: String!) { rejectBudget(id: $id, comment: $comment) { ...BudgetSummary } }\n": typeof types.RejectBudgetDocument,
    "\n  mutation LockBudget($id: ID!) { lockBudget(id: $id) { ...BudgetSummary } }\n": typeof types.LockBudgetDocument,
    "\n  mutation ReviseBudget($id: ID!) { reviseBudget(id: $id) { ...BudgetSummary } }\n": typeof types.ReviseBudgetDocument,
    "\n  mutation DeleteBudget($id: ID!) { deleteBudget(id: $id) }\n": typeof types.DeleteBudgetDocument,
    "\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) { ...BudgetSheet_line }\n  }\n": typeof types.SaveBudgetLinesDocument,
    "\n  mutation SpreadBudgetLine($input: SpreadBudgetLineInput!) {\n    spreadBudgetLine(input: $input) { ...BudgetSheet_line }\n  }\n": typeof types.SpreadBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($lineId: ID!, $expectedVersion: Int!) {\n    deleteBudgetLine(lineId: $lineId, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteBudgetLineDocument,
    "\n  fragment GroupVarianceChart_report on VarianceReport {\n    throughMonth\n    groups { key label group kind yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n": typeof types.GroupVarianceChart_ReportFragmentDoc,
    "\n  query LedgerEntries($from: String!, $to: String!, $accountId: ID, $costCentreId: ID, $group: AccountGroup, $limit: Int!, $offset: Int!) {\n    ledgerEntries(from: $from, to: $to, accountId: $accountId, costCentreId: $costCentreId, group: $group, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        date\n        amount\n        memo\n        source\n        account { id code name }\n        costCentre { id name }\n      }\n    }\n  }\n": typeof types.LedgerEntriesDocument,
    "\n  fragment MonthlyChart_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { months { budget actual } }\n    expense { months { budget actual } }\n    net { months { budget actual favourable } }\n  }\n": typeof types.MonthlyChart_ReportFragmentDoc,
    "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) { ...BudgetSummary }\n  }\n": typeof types.CreateBudgetDocument,
    "\n  fragment VarianceKpis_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    expense { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n": typeof types.VarianceKpis_ReportFragmentDoc,
    "\n  fragment VarianceTable_row on VarianceRow {\n    key\n    label\n    kind\n    group\n    accountId\n    accountCode\n    costCentreId\n    costCentreName\n    annualBudget\n    yearEndForecast\n    yearToDate { budget actual variance variancePercent favourable flagged }\n  }\n": typeof types.VarianceTable_RowFragmentDoc,
    "\n  fragment VarianceTable_report on VarianceReport {\n    thresholdPercent\n    revenue { ...VarianceTable_row }\n    expense { ...VarianceTable_row }\n    net { ...VarianceTable_row }\n    groups { ...VarianceTable_row }\n    accounts { ...VarianceTable_row }\n    lines { ...VarianceTable_row }\n  }\n": typeof types.VarianceTable_ReportFragmentDoc,
    "\n  fragment BudgetSheet_line on BudgetLine {\n    id\n    version\n    months\n    total\n    account { id code name kind group }\n    costCentre { id name }\n  }\n": typeof types.BudgetSheet_LineFragmentDoc,
    "\n  query CampaignImportSetup {\n    campaigns { id name trackingCode status }\n  }\n": typeof types.CampaignImportSetupDocument,
    "\n  mutation ImportLeads($csv: String!) {\n    importLeads(csv: $csv) { ok imported duplicates errors { row column message } }\n  }\n": typeof types.ImportLeadsDocument,
    "\n  mutation ImportCampaignSpend($csv: String!) {\n    importCampaignSpend(csv: $csv) { ok imported duplicates total errors { row column message } }\n  }\n": typeof types.ImportCampaignSpendDocument,
    "\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) { id status version pacing { campaignId spend budgetAmount spentShare elapsedShare pace } }\n  }\n": typeof types.SetCampaignStatusDocument,
    "\n  query Campaigns {\n    campaigns { id name channel status startDate endDate budgetAmount trackingCode }\n    campaignMeasures(groupBy: CAMPAIGN) { key spend leads newPatients costPerLead costPerNewPatient roi }\n  }\n": typeof types.CampaignsDocument,
    "\n  query ChannelComparison {\n    byChannel: campaignMeasures(groupBy: CHANNEL) {\n      key label spend leads scheduled newPatients costPerLead costPerNewPatient leadToNewPatient attributedRevenue roi\n    }\n    byMonth: campaignMeasures(groupBy: MONTH) { key spend leads newPatients costPerNewPatient }\n  }\n": typeof types.ChannelComparisonDocument,
    "\n  mutation AddLead($input: LeadInput!) {\n    addLead(input: $input) { id stage version campaign { id name } }\n  }\n": typeof types.AddLeadDocument,
    "\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      campaign {\n        id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n        location { id name }\n      }\n      warning\n    }\n  }\n": typeof types.SaveCampaignDocument,
    "\n  query CampaignFormSetup($canReadBudgets: Boolean!) {\n    locations { id name }\n    currentBudget @include(if: $canReadBudgets) {\n      id fiscalYear budgetVersion\n      lines { id total account { id code name group } costCentre { id name } }\n    }\n  }\n": typeof types.CampaignFormSetupDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) { id stage scheduledOn firstVisitOn lostOn lostReason version }\n  }\n": typeof types.MoveLeadDocument,
    "\n  mutation AddCampaignSpend($input: SpendInput!) {\n    addCampaignSpend(input: $input) { id date amount memo version }\n  }\n": typeof types.AddCampaignSpendDocument,
    "\n  query CampaignPage($id: ID!, $canSeeContacts: Boolean!, $canReadBudgets: Boolean!) {\n    campaign(id: $id) {\n      id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n      budgetLine @include(if: $canReadBudgets) { id }\n      location { id name }\n      pacing { campaignId spend budgetAmount spentShare elapsedShare pace }\n    }\n    campaignMeasures(groupBy: CAMPAIGN) {\n      key spend leads scheduled newPatients lost costPerLead costPerNewPatient attributedRevenue roi\n      leadToScheduled scheduledToNewPatient leadToNewPatient daysToFirstVisit\n    }\n    leads(campaignId: $id) {\n      id inquiryDate source serviceWanted stage scheduledOn firstVisitOn lostOn lostReason version\n      contactName @include(if: $canSeeContacts)\n      contactPhone @include(if: $canSeeContacts)\n      contactEmail @include(if: $canSeeContacts)\n    }\n  }\n": typeof types.CampaignPageDocument,
    "\n  query CycleApproval($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      ...GuidelineMatrix_cycle\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n": typeof types.CycleApprovalDocument,
    "\n  mutation ApproveCompensationCycle($id: ID!) {\n    approveCompensationCycle(id: $id) { id status version }\n  }\n": typeof types.ApproveCompensationCycleDocument,
    "\n  mutation CancelCompensationCycle($id: ID!) {\n    cancelCompensationCycle(id: $id) { id status version }\n  }\n": typeof types.CancelCompensationCycleDocument,
    "\n  mutation ApplyCompensationCycle($id: ID!) {\n    applyCompensationCycle(id: $id) { payRecords budgetId budgetLinesChanged budgetIncrease }\n  }\n": typeof types.ApplyCompensationCycleDocument,
    "\n  query MyPay {\n    myPay {\n      id\n      effectiveFrom\n      payBasis\n      rate\n      fteHundredths\n      bonusTargetBps\n      benefitsLoadBps\n      reason\n      note\n    }\n  }\n": typeof types.MyPayDocument,
    "\n  query PayOverview {\n    payOverview {\n      employeeId\n      name\n      title\n      department\n      departmentId\n      category\n      payBasis\n      rate\n      fteHundredths\n      annualPay\n      bandMinimum\n      bandMidpoint\n      bandMaximum\n      compaRatio\n      rangePosition\n      flags\n    }\n  }\n": typeof types.PayOverviewDocument,
    "\n  query SalaryBands {\n    salaryBands { id job category minimum midpoint maximum version }\n  }\n": typeof types.SalaryBandsDocument,
    "\n  query CycleWorksheet($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      guidelines { rating compaBand minBps maxBps }\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n": typeof types.CycleWorksheetDocument,
    "\n  mutation SaveSalaryBand($input: SalaryBandInput!) {\n    saveSalaryBand(input: $input) { id job category minimum midpoint maximum version }\n  }\n": typeof types.SaveSalaryBandDocument,
    "\n  fragment GuidelineMatrix_cycle on CompensationCycle {\n    guidelines { rating compaBand minBps maxBps }\n  }\n": typeof types.GuidelineMatrix_CycleFragmentDoc,
    "\n  mutation OpenCompensationCycle($input: OpenCycleInput!) {\n    openCompensationCycle(input: $input) { id name status effectiveDate }\n  }\n": typeof types.OpenCompensationCycleDocument,
    "\n  query CompensationCycles {\n    compensationCycles { id name status effectiveDate }\n  }\n": typeof types.CompensationCyclesDocument,
    "\n  fragment WorksheetGrid_row on WorksheetRow {\n    id\n    version\n    employeeId\n    name\n    title\n    department\n    departmentId\n    category\n    managerId\n    managerName\n    payBasis\n    rate\n    fteHundredths\n    annualPay\n    bandMinimum\n    bandMidpoint\n    bandMaximum\n    compaRatio\n    rangePosition\n    benefitsLoadBps\n    rating\n    meritBps\n    adjustment\n    bonus\n    rationale\n    guideline { rating compaBand minBps maxBps }\n    newRate\n    newAnnualPay\n    cost\n    flags\n    proposedBy\n  }\n": typeof types.WorksheetGrid_RowFragmentDoc,
    "\n  mutation ProposeRaise($input: ProposalInput!) {\n    proposeRaise(input: $input) { ...WorksheetGrid_row }\n  }\n": typeof types.ProposeRaiseDocument,
    "\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...BudgetsAwaitingApprovalWidget_query\n    ...CompensationCycleWidget_query\n  }\n": typeof types.AdministratorDashboardDocument,
    "\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": typeof types.AssistantDashboardDocument,
    "\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n  }\n": typeof types.ConsultantDashboardDocument,
    "\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...BudgetYearToDateWidget_query\n  }\n": typeof types.OfficeManagerDashboardDocument,
    "\n  query PracticeManagerDashboard($monthStart: String!, $nextMonthStart: String!) {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...NewPatientsWidget_query\n  }\n": typeof types.PracticeManagerDashboardDocument,
    "\n  query ProviderDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...MyTeamWidget_query\n    ...VacanciesWidget_query\n  }\n": typeof types.ProviderDashboardDocument,
    "\n  query StaffDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": typeof types.StaffDashboardDocument,
    "\n  fragment BiggestVariancesWidget_query on Query {\n    currentBudget {\n      id\n      variance {\n        thresholdPercent\n        lines {\n          key\n          label\n          accountCode\n          costCentreName\n          kind\n          yearToDate { budget actual variance variancePercent favourable flagged }\n        }\n      }\n    }\n  }\n": typeof types.BiggestVariancesWidget_QueryFragmentDoc,
    "\n  fragment BudgetYearToDateWidget_query on Query {\n    currentBudget {\n      id\n      fiscalYear\n      variance {\n        throughMonth\n        monthLabels\n        revenue { yearToDate { budget actual variance variancePercent favourable flagged } }\n        expense { yearToDate { budget actual variance variancePercent favourable flagged } }\n        net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n      }\n    }\n  }\n": typeof types.BudgetYearToDateWidget_QueryFragmentDoc,
    "\n  fragment BudgetsAwaitingApprovalWidget_query on Query {\n    budgetsAwaitingApproval: budgets(status: SUBMITTED) {\n      id\n      fiscalYear\n      budgetVersion\n      submittedAt\n      totals { revenue expense net }\n    }\n  }\n": typeof types.BudgetsAwaitingApprovalWidget_QueryFragmentDoc,
    "\n  fragment CompensationCycleWidget_query on Query {\n    compensationCycles {\n      id\n      name\n      status\n      effectiveDate\n      pool { pool used usedWithBenefits remaining over }\n    }\n  }\n": typeof types.CompensationCycleWidget_QueryFragmentDoc,
    "\n  fragment HeadcountWidget_query on Query {\n    headcount {\n      asOf\n      total\n      totalFte\n      vacancies\n      byCategory { category headcount }\n    }\n  }\n": typeof types.HeadcountWidget_QueryFragmentDoc,
    "\n  fragment MyPositionWidget_query on Query {\n    employee(id: $employeeId) @include(if: $hasEmployee) {\n      id\n      fullName\n      category\n      position {\n        id\n        title\n        tier\n        department { id name }\n        location { id name address }\n      }\n    }\n  }\n": typeof types.MyPositionWidget_QueryFragmentDoc,
    "\n  fragment MyTeamWidget_query on Query {\n    myTeam {\n      id\n      directReports\n      totalReports\n      employee { id fullName category }\n      position { id title category location { id name } }\n    }\n  }\n": typeof types.MyTeamWidget_QueryFragmentDoc,
    "\n  fragment NewPatientsWidget_query on Query {\n    newPatientsThisMonth: campaignMeasures(groupBy: CAMPAIGN, from: $monthStart, to: $nextMonthStart) {\n      key label spend leads newPatients costPerNewPatient\n    }\n  }\n": typeof types.NewPatientsWidget_QueryFragmentDoc,
    "\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8, filter: { changesOnly: true }) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n": typeof types.RecentChangesWidget_QueryFragmentDoc,
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
    "\n  query BudgetEditor($id: ID!) {\n    budget(id: $id) {\n      ...BudgetSummary\n      lines { ...BudgetSheet_line }\n    }\n    accounts { id code name kind group }\n    costCentres { id name }\n  }\n": types.BudgetEditorDocument,
    "\n  mutation ImportBudgetXlsx($budgetId: ID!, $fileBase64: String!) {\n    importBudgetXlsx(budgetId: $budgetId, fileBase64: $fileBase64) { added updated removed unchanged }\n  }\n": types.ImportBudgetXlsxDocument,
    "\n  query Budgets {\n    budgets { ...BudgetSummary }\n    budgetSettings { fiscalYearStartMonth varianceThresholdBps }\n  }\n": types.BudgetsDocument,
    "\n  query ImportActualsSetup {\n    accounts { id code name group }\n    costCentres { id name }\n    currentBudget { id fiscalYear budgetVersion }\n  }\n": types.ImportActualsSetupDocument,
    "\n  query InspectActualsCsv($csv: String!) {\n    inspectActualsCsv(csv: $csv) {\n      headers\n      sample\n      rowCount\n      externalAccounts\n      rememberedMappings { externalName accountId }\n    }\n  }\n": types.InspectActualsCsvDocument,
    "\n  mutation ImportActuals($input: ImportActualsInput!) {\n    importActuals(input: $input) {\n      ok\n      imported\n      duplicates\n      total\n      unmappedAccounts\n      errors { row column message }\n    }\n  }\n": types.ImportActualsDocument,
    "\n  query VarianceReport($budgetId: ID!, $throughMonth: Int) {\n    varianceReport(budgetId: $budgetId, throughMonth: $throughMonth) {\n      throughMonth\n      monthLabels\n      thresholdPercent\n      budget { ...BudgetSummary }\n      ...VarianceKpis_report\n      ...MonthlyChart_report\n      ...GroupVarianceChart_report\n      ...VarianceTable_report\n    }\n  }\n": types.VarianceReportDocument,
    "\n  fragment BudgetSummary on Budget {\n    id\n    fiscalYear\n    budgetVersion\n    status\n    startMonth\n    version\n    submittedAt\n    approvedAt\n    rejectionComment\n    totals { revenue expense net }\n  }\n": types.BudgetSummaryFragmentDoc,
    "\n  mutation SubmitBudget($id: ID!) { submitBudget(id: $id) { ...BudgetSummary } }\n": types.SubmitBudgetDocument,
    "\n  mutation ApproveBudget($id: ID!) { approveBudget(id: $id) { ...BudgetSummary } }\n": types.ApproveBudgetDocument,
    "\n  mutation RejectBudget($id: ID!, $comment: String!) { rejectBudget(id: $id, comment: $comment) { ...BudgetSummary } }\n": types.RejectBudgetDocument,
    "\n  mutation LockBudget($id: ID!) { lockBudget(id: $id) { ...BudgetSummary } }\n": types.LockBudgetDocument,
    "\n  mutation ReviseBudget($id: ID!) { reviseBudget(id: $id) { ...BudgetSummary } }\n": types.ReviseBudgetDocument,
    "\n  mutation DeleteBudget($id: ID!) { deleteBudget(id: $id) }\n": types.DeleteBudgetDocument,
    "\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) { ...BudgetSheet_line }\n  }\n": types.SaveBudgetLinesDocument,
    "\n  mutation SpreadBudgetLine($input: SpreadBudgetLineInput!) {\n    spreadBudgetLine(input: $input) { ...BudgetSheet_line }\n  }\n": types.SpreadBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($lineId: ID!, $expectedVersion: Int!) {\n    deleteBudgetLine(lineId: $lineId, expectedVersion: $expectedVersion)\n  }\n": types.DeleteBudgetLineDocument,
    "\n  fragment GroupVarianceChart_report on VarianceReport {\n    throughMonth\n    groups { key label group kind yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n": types.GroupVarianceChart_ReportFragmentDoc,
    "\n  query LedgerEntries($from: String!, $to: String!, $accountId: ID, $costCentreId: ID, $group: AccountGroup, $limit: Int!, $offset: Int!) {\n    ledgerEntries(from: $from, to: $to, accountId: $accountId, costCentreId: $costCentreId, group: $group, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        date\n        amount\n        memo\n        source\n        account { id code name }\n        costCentre { id name }\n      }\n    }\n  }\n": types.LedgerEntriesDocument,
    "\n  fragment MonthlyChart_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { months { budget actual } }\n    expense { months { budget actual } }\n    net { months { budget actual favourable } }\n  }\n": types.MonthlyChart_ReportFragmentDoc,
    "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) { ...BudgetSummary }\n  }\n": types.CreateBudgetDocument,
    "\n  fragment VarianceKpis_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    expense { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n": types.VarianceKpis_ReportFragmentDoc,
    "\n  fragment VarianceTable_row on VarianceRow {\n    key\n    label\n    kind\n    group\n    accountId\n    accountCode\n    costCentreId\n    costCentreName\n    annualBudget\n    yearEndForecast\n    yearToDate { budget actual variance variancePercent favourable flagged }\n  }\n": types.VarianceTable_RowFragmentDoc,
    "\n  fragment VarianceTable_report on VarianceReport {\n    thresholdPercent\n    revenue { ...VarianceTable_row }\n    expense { ...VarianceTable_row }\n    net { ...VarianceTable_row }\n    groups { ...VarianceTable_row }\n    accounts { ...VarianceTable_row }\n    lines { ...VarianceTable_row }\n  }\n": types.VarianceTable_ReportFragmentDoc,
    "\n  fragment BudgetSheet_line on BudgetLine {\n    id\n    version\n    months\n    total\n    account { id code name kind group }\n    costCentre { id name }\n  }\n": types.BudgetSheet_LineFragmentDoc,
    "\n  query CampaignImportSetup {\n    campaigns { id name trackingCode status }\n  }\n": types.CampaignImportSetupDocument,
    "\n  mutation ImportLeads($csv: String!) {\n    importLeads(csv: $csv) { ok imported duplicates errors { row column message } }\n  }\n": types.ImportLeadsDocument,
    "\n  mutation ImportCampaignSpend($csv: String!) {\n    importCampaignSpend(csv: $csv) { ok imported duplicates total errors { row column message } }\n  }\n": types.ImportCampaignSpendDocument,
    "\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) { id status version pacing { campaignId spend budgetAmount spentShare elapsedShare pace } }\n  }\n": types.SetCampaignStatusDocument,
    "\n  query Campaigns {\n    campaigns { id name channel status startDate endDate budgetAmount trackingCode }\n    campaignMeasures(groupBy: CAMPAIGN) { key spend leads newPatients costPerLead costPerNewPatient roi }\n  }\n": types.CampaignsDocument,
    "\n  query ChannelComparison {\n    byChannel: campaignMeasures(groupBy: CHANNEL) {\n      key label spend leads scheduled newPatients costPerLead costPerNewPatient leadToNewPatient attributedRevenue roi\n    }\n    byMonth: campaignMeasures(groupBy: MONTH) { key spend leads newPatients costPerNewPatient }\n  }\n": types.ChannelComparisonDocument,
    "\n  mutation AddLead($input: LeadInput!) {\n    addLead(input: $input) { id stage version campaign { id name } }\n  }\n": types.AddLeadDocument,
    "\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      campaign {\n        id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n        location { id name }\n      }\n      warning\n    }\n  }\n": types.SaveCampaignDocument,
    "\n  query CampaignFormSetup($canReadBudgets: Boolean!) {\n    locations { id name }\n    currentBudget @include(if: $canReadBudgets) {\n      id fiscalYear budgetVersion\n      lines { id total account { id code name group } costCentre { id name } }\n    }\n  }\n": types.CampaignFormSetupDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) { id stage scheduledOn firstVisitOn lostOn lostReason version }\n  }\n": types.MoveLeadDocument,
    "\n  mutation AddCampaignSpend($input: SpendInput!) {\n    addCampaignSpend(input: $input) { id date amount memo version }\n  }\n": types.AddCampaignSpendDocument,
    "\n  query CampaignPage($id: ID!, $canSeeContacts: Boolean!, $canReadBudgets: Boolean!) {\n    campaign(id: $id) {\n      id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n      budgetLine @include(if: $canReadBudgets) { id }\n      location { id name }\n      pacing { campaignId spend budgetAmount spentShare elapsedShare pace }\n    }\n    campaignMeasures(groupBy: CAMPAIGN) {\n      key spend leads scheduled newPatients lost costPerLead costPerNewPatient attributedRevenue roi\n      leadToScheduled scheduledToNewPatient leadToNewPatient daysToFirstVisit\n    }\n    leads(campaignId: $id) {\n      id inquiryDate source serviceWanted stage scheduledOn firstVisitOn lostOn lostReason version\n      contactName @include(if: $canSeeContacts)\n      contactPhone @include(if: $canSeeContacts)\n      contactEmail @include(if: $canSeeContacts)\n    }\n  }\n": types.CampaignPageDocument,
    "\n  query CycleApproval($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      ...GuidelineMatrix_cycle\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n": types.CycleApprovalDocument,
    "\n  mutation ApproveCompensationCycle($id: ID!) {\n    approveCompensationCycle(id: $id) { id status version }\n  }\n": types.ApproveCompensationCycleDocument,
    "\n  mutation CancelCompensationCycle($id: ID!) {\n    cancelCompensationCycle(id: $id) { id status version }\n  }\n": types.CancelCompensationCycleDocument,
    "\n  mutation ApplyCompensationCycle($id: ID!) {\n    applyCompensationCycle(id: $id) { payRecords budgetId budgetLinesChanged budgetIncrease }\n  }\n": types.ApplyCompensationCycleDocument,
    "\n  query MyPay {\n    myPay {\n      id\n      effectiveFrom\n      payBasis\n      rate\n      fteHundredths\n      bonusTargetBps\n      benefitsLoadBps\n      reason\n      note\n    }\n  }\n": types.MyPayDocument,
    "\n  query PayOverview {\n    payOverview {\n      employeeId\n      name\n      title\n      department\n      departmentId\n      category\n      payBasis\n      rate\n      fteHundredths\n      annualPay\n      bandMinimum\n      bandMidpoint\n      bandMaximum\n      compaRatio\n      rangePosition\n      flags\n    }\n  }\n": types.PayOverviewDocument,
    "\n  query SalaryBands {\n    salaryBands { id job category minimum midpoint maximum version }\n  }\n": types.SalaryBandsDocument,
    "\n  query CycleWorksheet($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      guidelines { rating compaBand minBps maxBps }\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n": types.CycleWorksheetDocument,
    "\n  mutation SaveSalaryBand($input: SalaryBandInput!) {\n    saveSalaryBand(input: $input) { id job category minimum midpoint maximum version }\n  }\n": types.SaveSalaryBandDocument,
    "\n  fragment GuidelineMatrix_cycle on CompensationCycle {\n    guidelines { rating compaBand minBps maxBps }\n  }\n": types.GuidelineMatrix_CycleFragmentDoc,
    "\n  mutation OpenCompensationCycle($input: OpenCycleInput!) {\n    openCompensationCycle(input: $input) { id name status effectiveDate }\n  }\n": types.OpenCompensationCycleDocument,
    "\n  query CompensationCycles {\n    compensationCycles { id name status effectiveDate }\n  }\n": types.CompensationCyclesDocument,
    "\n  fragment WorksheetGrid_row on WorksheetRow {\n    id\n    version\n    employeeId\n    name\n    title\n    department\n    departmentId\n    category\n    managerId\n    managerName\n    payBasis\n    rate\n    fteHundredths\n    annualPay\n    bandMinimum\n    bandMidpoint\n    bandMaximum\n    compaRatio\n    rangePosition\n    benefitsLoadBps\n    rating\n    meritBps\n    adjustment\n    bonus\n    rationale\n    guideline { rating compaBand minBps maxBps }\n    newRate\n    newAnnualPay\n    cost\n    flags\n    proposedBy\n  }\n": types.WorksheetGrid_RowFragmentDoc,
    "\n  mutation ProposeRaise($input: ProposalInput!) {\n    proposeRaise(input: $input) { ...WorksheetGrid_row }\n  }\n": types.ProposeRaiseDocument,
    "\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...BudgetsAwaitingApprovalWidget_query\n    ...CompensationCycleWidget_query\n  }\n": types.AdministratorDashboardDocument,
    "\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": types.AssistantDashboardDocument,
    "\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n  }\n": types.ConsultantDashboardDocument,
    "\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...BudgetYearToDateWidget_query\n  }\n": types.OfficeManagerDashboardDocument,
    "\n  query PracticeManagerDashboard($monthStart: String!, $nextMonthStart: String!) {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...NewPatientsWidget_query\n  }\n": types.PracticeManagerDashboardDocument,
    "\n  query ProviderDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...MyTeamWidget_query\n    ...VacanciesWidget_query\n  }\n": types.ProviderDashboardDocument,
    "\n  query StaffDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n": types.StaffDashboardDocument,
    "\n  fragment BiggestVariancesWidget_query on Query {\n    currentBudget {\n      id\n      variance {\n        thresholdPercent\n        lines {\n          key\n          label\n          accountCode\n          costCentreName\n          kind\n          yearToDate { budget actual variance variancePercent favourable flagged }\n        }\n      }\n    }\n  }\n": types.BiggestVariancesWidget_QueryFragmentDoc,
    "\n  fragment BudgetYearToDateWidget_query on Query {\n    currentBudget {\n      id\n      fiscalYear\n      variance {\n        throughMonth\n        monthLabels\n        revenue { yearToDate { budget actual variance variancePercent favourable flagged } }\n        expense { yearToDate { budget actual variance variancePercent favourable flagged } }\n        net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n      }\n    }\n  }\n": types.BudgetYearToDateWidget_QueryFragmentDoc,
    "\n  fragment BudgetsAwaitingApprovalWidget_query on Query {\n    budgetsAwaitingApproval: budgets(status: SUBMITTED) {\n      id\n      fiscalYear\n      budgetVersion\n      submittedAt\n      totals { revenue expense net }\n    }\n  }\n": types.BudgetsAwaitingApprovalWidget_QueryFragmentDoc,
    "\n  fragment CompensationCycleWidget_query on Query {\n    compensationCycles {\n      id\n      name\n      status\n      effectiveDate\n      pool { pool used usedWithBenefits remaining over }\n    }\n  }\n": types.CompensationCycleWidget_QueryFragmentDoc,
    "\n  fragment HeadcountWidget_query on Query {\n    headcount {\n      asOf\n      total\n      totalFte\n      vacancies\n      byCategory { category headcount }\n    }\n  }\n": types.HeadcountWidget_QueryFragmentDoc,
    "\n  fragment MyPositionWidget_query on Query {\n    employee(id: $employeeId) @include(if: $hasEmployee) {\n      id\n      fullName\n      category\n      position {\n        id\n        title\n        tier\n        department { id name }\n        location { id name address }\n      }\n    }\n  }\n": types.MyPositionWidget_QueryFragmentDoc,
    "\n  fragment MyTeamWidget_query on Query {\n    myTeam {\n      id\n      directReports\n      totalReports\n      employee { id fullName category }\n      position { id title category location { id name } }\n    }\n  }\n": types.MyTeamWidget_QueryFragmentDoc,
    "\n  fragment NewPatientsWidget_query on Query {\n    newPatientsThisMonth: campaignMeasures(groupBy: CAMPAIGN, from: $monthStart, to: $nextMonthStart) {\n      key label spend leads newPatients costPerNewPatient\n    }\n  }\n": types.NewPatientsWidget_QueryFragmentDoc,
    "\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8, filter: { changesOnly: true }) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n": types.RecentChangesWidget_QueryFragmentDoc,
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
export function graphql(source: "\n  query BudgetEditor($id: ID!) {\n    budget(id: $id) {\n      ...BudgetSummary\n      lines { ...BudgetSheet_line }\n    }\n    accounts { id code name kind group }\n    costCentres { id name }\n  }\n"): (typeof documents)["\n  query BudgetEditor($id: ID!) {\n    budget(id: $id) {\n      ...BudgetSummary\n      lines { ...BudgetSheet_line }\n    }\n    accounts { id code name kind group }\n    costCentres { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBudgetXlsx($budgetId: ID!, $fileBase64: String!) {\n    importBudgetXlsx(budgetId: $budgetId, fileBase64: $fileBase64) { added updated removed unchanged }\n  }\n"): (typeof documents)["\n  mutation ImportBudgetXlsx($budgetId: ID!, $fileBase64: String!) {\n    importBudgetXlsx(budgetId: $budgetId, fileBase64: $fileBase64) { added updated removed unchanged }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budgets {\n    budgets { ...BudgetSummary }\n    budgetSettings { fiscalYearStartMonth varianceThresholdBps }\n  }\n"): (typeof documents)["\n  query Budgets {\n    budgets { ...BudgetSummary }\n    budgetSettings { fiscalYearStartMonth varianceThresholdBps }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportActualsSetup {\n    accounts { id code name group }\n    costCentres { id name }\n    currentBudget { id fiscalYear budgetVersion }\n  }\n"): (typeof documents)["\n  query ImportActualsSetup {\n    accounts { id code name group }\n    costCentres { id name }\n    currentBudget { id fiscalYear budgetVersion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectActualsCsv($csv: String!) {\n    inspectActualsCsv(csv: $csv) {\n      headers\n      sample\n      rowCount\n      externalAccounts\n      rememberedMappings { externalName accountId }\n    }\n  }\n"): (typeof documents)["\n  query InspectActualsCsv($csv: String!) {\n    inspectActualsCsv(csv: $csv) {\n      headers\n      sample\n      rowCount\n      externalAccounts\n      rememberedMappings { externalName accountId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportActuals($input: ImportActualsInput!) {\n    importActuals(input: $input) {\n      ok\n      imported\n      duplicates\n      total\n      unmappedAccounts\n      errors { row column message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportActuals($input: ImportActualsInput!) {\n    importActuals(input: $input) {\n      ok\n      imported\n      duplicates\n      total\n      unmappedAccounts\n      errors { row column message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VarianceReport($budgetId: ID!, $throughMonth: Int) {\n    varianceReport(budgetId: $budgetId, throughMonth: $throughMonth) {\n      throughMonth\n      monthLabels\n      thresholdPercent\n      budget { ...BudgetSummary }\n      ...VarianceKpis_report\n      ...MonthlyChart_report\n      ...GroupVarianceChart_report\n      ...VarianceTable_report\n    }\n  }\n"): (typeof documents)["\n  query VarianceReport($budgetId: ID!, $throughMonth: Int) {\n    varianceReport(budgetId: $budgetId, throughMonth: $throughMonth) {\n      throughMonth\n      monthLabels\n      thresholdPercent\n      budget { ...BudgetSummary }\n      ...VarianceKpis_report\n      ...MonthlyChart_report\n      ...GroupVarianceChart_report\n      ...VarianceTable_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetSummary on Budget {\n    id\n    fiscalYear\n    budgetVersion\n    status\n    startMonth\n    version\n    submittedAt\n    approvedAt\n    rejectionComment\n    totals { revenue expense net }\n  }\n"): (typeof documents)["\n  fragment BudgetSummary on Budget {\n    id\n    fiscalYear\n    budgetVersion\n    status\n    startMonth\n    version\n    submittedAt\n    approvedAt\n    rejectionComment\n    totals { revenue expense net }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBudget($id: ID!) { submitBudget(id: $id) { ...BudgetSummary } }\n"): (typeof documents)["\n  mutation SubmitBudget($id: ID!) { submitBudget(id: $id) { ...BudgetSummary } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBudget($id: ID!) { approveBudget(id: $id) { ...BudgetSummary } }\n"): (typeof documents)["\n  mutation ApproveBudget($id: ID!) { approveBudget(id: $id) { ...BudgetSummary } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectBudget($id: ID!, $comment: String!) { rejectBudget(id: $id, comment: $comment) { ...BudgetSummary } }\n"): (typeof documents)["\n  mutation RejectBudget($id: ID!, $comment: String!) { rejectBudget(id: $id, comment: $comment) { ...BudgetSummary } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockBudget($id: ID!) { lockBudget(id: $id) { ...BudgetSummary } }\n"): (typeof documents)["\n  mutation LockBudget($id: ID!) { lockBudget(id: $id) { ...BudgetSummary } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseBudget($id: ID!) { reviseBudget(id: $id) { ...BudgetSummary } }\n"): (typeof documents)["\n  mutation ReviseBudget($id: ID!) { reviseBudget(id: $id) { ...BudgetSummary } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBudget($id: ID!) { deleteBudget(id: $id) }\n"): (typeof documents)["\n  mutation DeleteBudget($id: ID!) { deleteBudget(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) { ...BudgetSheet_line }\n  }\n"): (typeof documents)["\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) { ...BudgetSheet_line }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpreadBudgetLine($input: SpreadBudgetLineInput!) {\n    spreadBudgetLine(input: $input) { ...BudgetSheet_line }\n  }\n"): (typeof documents)["\n  mutation SpreadBudgetLine($input: SpreadBudgetLineInput!) {\n    spreadBudgetLine(input: $input) { ...BudgetSheet_line }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBudgetLine($lineId: ID!, $expectedVersion: Int!) {\n    deleteBudgetLine(lineId: $lineId, expectedVersion: $expectedVersion)\n  }\n"): (typeof documents)["\n  mutation DeleteBudgetLine($lineId: ID!, $expectedVersion: Int!) {\n    deleteBudgetLine(lineId: $lineId, expectedVersion: $expectedVersion)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupVarianceChart_report on VarianceReport {\n    throughMonth\n    groups { key label group kind yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n"): (typeof documents)["\n  fragment GroupVarianceChart_report on VarianceReport {\n    throughMonth\n    groups { key label group kind yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEntries($from: String!, $to: String!, $accountId: ID, $costCentreId: ID, $group: AccountGroup, $limit: Int!, $offset: Int!) {\n    ledgerEntries(from: $from, to: $to, accountId: $accountId, costCentreId: $costCentreId, group: $group, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        date\n        amount\n        memo\n        source\n        account { id code name }\n        costCentre { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerEntries($from: String!, $to: String!, $accountId: ID, $costCentreId: ID, $group: AccountGroup, $limit: Int!, $offset: Int!) {\n    ledgerEntries(from: $from, to: $to, accountId: $accountId, costCentreId: $costCentreId, group: $group, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        date\n        amount\n        memo\n        source\n        account { id code name }\n        costCentre { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyChart_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { months { budget actual } }\n    expense { months { budget actual } }\n    net { months { budget actual favourable } }\n  }\n"): (typeof documents)["\n  fragment MonthlyChart_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { months { budget actual } }\n    expense { months { budget actual } }\n    net { months { budget actual favourable } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) { ...BudgetSummary }\n  }\n"): (typeof documents)["\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) { ...BudgetSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VarianceKpis_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    expense { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n"): (typeof documents)["\n  fragment VarianceKpis_report on VarianceReport {\n    throughMonth\n    monthLabels\n    revenue { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    expense { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n    net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VarianceTable_row on VarianceRow {\n    key\n    label\n    kind\n    group\n    accountId\n    accountCode\n    costCentreId\n    costCentreName\n    annualBudget\n    yearEndForecast\n    yearToDate { budget actual variance variancePercent favourable flagged }\n  }\n"): (typeof documents)["\n  fragment VarianceTable_row on VarianceRow {\n    key\n    label\n    kind\n    group\n    accountId\n    accountCode\n    costCentreId\n    costCentreName\n    annualBudget\n    yearEndForecast\n    yearToDate { budget actual variance variancePercent favourable flagged }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VarianceTable_report on VarianceReport {\n    thresholdPercent\n    revenue { ...VarianceTable_row }\n    expense { ...VarianceTable_row }\n    net { ...VarianceTable_row }\n    groups { ...VarianceTable_row }\n    accounts { ...VarianceTable_row }\n    lines { ...VarianceTable_row }\n  }\n"): (typeof documents)["\n  fragment VarianceTable_report on VarianceReport {\n    thresholdPercent\n    revenue { ...VarianceTable_row }\n    expense { ...VarianceTable_row }\n    net { ...VarianceTable_row }\n    groups { ...VarianceTable_row }\n    accounts { ...VarianceTable_row }\n    lines { ...VarianceTable_row }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetSheet_line on BudgetLine {\n    id\n    version\n    months\n    total\n    account { id code name kind group }\n    costCentre { id name }\n  }\n"): (typeof documents)["\n  fragment BudgetSheet_line on BudgetLine {\n    id\n    version\n    months\n    total\n    account { id code name kind group }\n    costCentre { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignImportSetup {\n    campaigns { id name trackingCode status }\n  }\n"): (typeof documents)["\n  query CampaignImportSetup {\n    campaigns { id name trackingCode status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLeads($csv: String!) {\n    importLeads(csv: $csv) { ok imported duplicates errors { row column message } }\n  }\n"): (typeof documents)["\n  mutation ImportLeads($csv: String!) {\n    importLeads(csv: $csv) { ok imported duplicates errors { row column message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCampaignSpend($csv: String!) {\n    importCampaignSpend(csv: $csv) { ok imported duplicates total errors { row column message } }\n  }\n"): (typeof documents)["\n  mutation ImportCampaignSpend($csv: String!) {\n    importCampaignSpend(csv: $csv) { ok imported duplicates total errors { row column message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) { id status version pacing { campaignId spend budgetAmount spentShare elapsedShare pace } }\n  }\n"): (typeof documents)["\n  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    setCampaignStatus(id: $id, status: $status) { id status version pacing { campaignId spend budgetAmount spentShare elapsedShare pace } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns { id name channel status startDate endDate budgetAmount trackingCode }\n    campaignMeasures(groupBy: CAMPAIGN) { key spend leads newPatients costPerLead costPerNewPatient roi }\n  }\n"): (typeof documents)["\n  query Campaigns {\n    campaigns { id name channel status startDate endDate budgetAmount trackingCode }\n    campaignMeasures(groupBy: CAMPAIGN) { key spend leads newPatients costPerLead costPerNewPatient roi }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelComparison {\n    byChannel: campaignMeasures(groupBy: CHANNEL) {\n      key label spend leads scheduled newPatients costPerLead costPerNewPatient leadToNewPatient attributedRevenue roi\n    }\n    byMonth: campaignMeasures(groupBy: MONTH) { key spend leads newPatients costPerNewPatient }\n  }\n"): (typeof documents)["\n  query ChannelComparison {\n    byChannel: campaignMeasures(groupBy: CHANNEL) {\n      key label spend leads scheduled newPatients costPerLead costPerNewPatient leadToNewPatient attributedRevenue roi\n    }\n    byMonth: campaignMeasures(groupBy: MONTH) { key spend leads newPatients costPerNewPatient }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLead($input: LeadInput!) {\n    addLead(input: $input) { id stage version campaign { id name } }\n  }\n"): (typeof documents)["\n  mutation AddLead($input: LeadInput!) {\n    addLead(input: $input) { id stage version campaign { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      campaign {\n        id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n        location { id name }\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      campaign {\n        id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n        location { id name }\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFormSetup($canReadBudgets: Boolean!) {\n    locations { id name }\n    currentBudget @include(if: $canReadBudgets) {\n      id fiscalYear budgetVersion\n      lines { id total account { id code name group } costCentre { id name } }\n    }\n  }\n"): (typeof documents)["\n  query CampaignFormSetup($canReadBudgets: Boolean!) {\n    locations { id name }\n    currentBudget @include(if: $canReadBudgets) {\n      id fiscalYear budgetVersion\n      lines { id total account { id code name group } costCentre { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) { id stage scheduledOn firstVisitOn lostOn lostReason version }\n  }\n"): (typeof documents)["\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) { id stage scheduledOn firstVisitOn lostOn lostReason version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCampaignSpend($input: SpendInput!) {\n    addCampaignSpend(input: $input) { id date amount memo version }\n  }\n"): (typeof documents)["\n  mutation AddCampaignSpend($input: SpendInput!) {\n    addCampaignSpend(input: $input) { id date amount memo version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPage($id: ID!, $canSeeContacts: Boolean!, $canReadBudgets: Boolean!) {\n    campaign(id: $id) {\n      id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n      budgetLine @include(if: $canReadBudgets) { id }\n      location { id name }\n      pacing { campaignId spend budgetAmount spentShare elapsedShare pace }\n    }\n    campaignMeasures(groupBy: CAMPAIGN) {\n      key spend leads scheduled newPatients lost costPerLead costPerNewPatient attributedRevenue roi\n      leadToScheduled scheduledToNewPatient leadToNewPatient daysToFirstVisit\n    }\n    leads(campaignId: $id) {\n      id inquiryDate source serviceWanted stage scheduledOn firstVisitOn lostOn lostReason version\n      contactName @include(if: $canSeeContacts)\n      contactPhone @include(if: $canSeeContacts)\n      contactEmail @include(if: $canSeeContacts)\n    }\n  }\n"): (typeof documents)["\n  query CampaignPage($id: ID!, $canSeeContacts: Boolean!, $canReadBudgets: Boolean!) {\n    campaign(id: $id) {\n      id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version\n      budgetLine @include(if: $canReadBudgets) { id }\n      location { id name }\n      pacing { campaignId spend budgetAmount spentShare elapsedShare pace }\n    }\n    campaignMeasures(groupBy: CAMPAIGN) {\n      key spend leads scheduled newPatients lost costPerLead costPerNewPatient attributedRevenue roi\n      leadToScheduled scheduledToNewPatient leadToNewPatient daysToFirstVisit\n    }\n    leads(campaignId: $id) {\n      id inquiryDate source serviceWanted stage scheduledOn firstVisitOn lostOn lostReason version\n      contactName @include(if: $canSeeContacts)\n      contactPhone @include(if: $canSeeContacts)\n      contactEmail @include(if: $canSeeContacts)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleApproval($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      ...GuidelineMatrix_cycle\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n"): (typeof documents)["\n  query CycleApproval($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      ...GuidelineMatrix_cycle\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCompensationCycle($id: ID!) {\n    approveCompensationCycle(id: $id) { id status version }\n  }\n"): (typeof documents)["\n  mutation ApproveCompensationCycle($id: ID!) {\n    approveCompensationCycle(id: $id) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCompensationCycle($id: ID!) {\n    cancelCompensationCycle(id: $id) { id status version }\n  }\n"): (typeof documents)["\n  mutation CancelCompensationCycle($id: ID!) {\n    cancelCompensationCycle(id: $id) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyCompensationCycle($id: ID!) {\n    applyCompensationCycle(id: $id) { payRecords budgetId budgetLinesChanged budgetIncrease }\n  }\n"): (typeof documents)["\n  mutation ApplyCompensationCycle($id: ID!) {\n    applyCompensationCycle(id: $id) { payRecords budgetId budgetLinesChanged budgetIncrease }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPay {\n    myPay {\n      id\n      effectiveFrom\n      payBasis\n      rate\n      fteHundredths\n      bonusTargetBps\n      benefitsLoadBps\n      reason\n      note\n    }\n  }\n"): (typeof documents)["\n  query MyPay {\n    myPay {\n      id\n      effectiveFrom\n      payBasis\n      rate\n      fteHundredths\n      bonusTargetBps\n      benefitsLoadBps\n      reason\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayOverview {\n    payOverview {\n      employeeId\n      name\n      title\n      department\n      departmentId\n      category\n      payBasis\n      rate\n      fteHundredths\n      annualPay\n      bandMinimum\n      bandMidpoint\n      bandMaximum\n      compaRatio\n      rangePosition\n      flags\n    }\n  }\n"): (typeof documents)["\n  query PayOverview {\n    payOverview {\n      employeeId\n      name\n      title\n      department\n      departmentId\n      category\n      payBasis\n      rate\n      fteHundredths\n      annualPay\n      bandMinimum\n      bandMidpoint\n      bandMaximum\n      compaRatio\n      rangePosition\n      flags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalaryBands {\n    salaryBands { id job category minimum midpoint maximum version }\n  }\n"): (typeof documents)["\n  query SalaryBands {\n    salaryBands { id job category minimum midpoint maximum version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleWorksheet($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      guidelines { rating compaBand minBps maxBps }\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n"): (typeof documents)["\n  query CycleWorksheet($id: ID!) {\n    compensationCycle(id: $id) {\n      id\n      name\n      status\n      effectiveDate\n      eligibleHiredBy\n      includeProviders\n      poolBps\n      poolAmount\n      pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly }\n      guidelines { rating compaBand minBps maxBps }\n    }\n    cycleWorksheet(cycleId: $id) { ...WorksheetGrid_row }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSalaryBand($input: SalaryBandInput!) {\n    saveSalaryBand(input: $input) { id job category minimum midpoint maximum version }\n  }\n"): (typeof documents)["\n  mutation SaveSalaryBand($input: SalaryBandInput!) {\n    saveSalaryBand(input: $input) { id job category minimum midpoint maximum version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuidelineMatrix_cycle on CompensationCycle {\n    guidelines { rating compaBand minBps maxBps }\n  }\n"): (typeof documents)["\n  fragment GuidelineMatrix_cycle on CompensationCycle {\n    guidelines { rating compaBand minBps maxBps }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCompensationCycle($input: OpenCycleInput!) {\n    openCompensationCycle(input: $input) { id name status effectiveDate }\n  }\n"): (typeof documents)["\n  mutation OpenCompensationCycle($input: OpenCycleInput!) {\n    openCompensationCycle(input: $input) { id name status effectiveDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompensationCycles {\n    compensationCycles { id name status effectiveDate }\n  }\n"): (typeof documents)["\n  query CompensationCycles {\n    compensationCycles { id name status effectiveDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorksheetGrid_row on WorksheetRow {\n    id\n    version\n    employeeId\n    name\n    title\n    department\n    departmentId\n    category\n    managerId\n    managerName\n    payBasis\n    rate\n    fteHundredths\n    annualPay\n    bandMinimum\n    bandMidpoint\n    bandMaximum\n    compaRatio\n    rangePosition\n    benefitsLoadBps\n    rating\n    meritBps\n    adjustment\n    bonus\n    rationale\n    guideline { rating compaBand minBps maxBps }\n    newRate\n    newAnnualPay\n    cost\n    flags\n    proposedBy\n  }\n"): (typeof documents)["\n  fragment WorksheetGrid_row on WorksheetRow {\n    id\n    version\n    employeeId\n    name\n    title\n    department\n    departmentId\n    category\n    managerId\n    managerName\n    payBasis\n    rate\n    fteHundredths\n    annualPay\n    bandMinimum\n    bandMidpoint\n    bandMaximum\n    compaRatio\n    rangePosition\n    benefitsLoadBps\n    rating\n    meritBps\n    adjustment\n    bonus\n    rationale\n    guideline { rating compaBand minBps maxBps }\n    newRate\n    newAnnualPay\n    cost\n    flags\n    proposedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRaise($input: ProposalInput!) {\n    proposeRaise(input: $input) { ...WorksheetGrid_row }\n  }\n"): (typeof documents)["\n  mutation ProposeRaise($input: ProposalInput!) {\n    proposeRaise(input: $input) { ...WorksheetGrid_row }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...BudgetsAwaitingApprovalWidget_query\n    ...CompensationCycleWidget_query\n  }\n"): (typeof documents)["\n  query AdministratorDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...BudgetsAwaitingApprovalWidget_query\n    ...CompensationCycleWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n"): (typeof documents)["\n  query AssistantDashboard($employeeId: ID!, $hasEmployee: Boolean!) {\n    ...HeadcountWidget_query\n    ...MyPositionWidget_query\n    ...VacanciesWidget_query\n    ...StaffMixWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n  }\n"): (typeof documents)["\n  query ConsultantDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...BudgetYearToDateWidget_query\n  }\n"): (typeof documents)["\n  query OfficeManagerDashboard {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...BudgetYearToDateWidget_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeManagerDashboard($monthStart: String!, $nextMonthStart: String!) {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...NewPatientsWidget_query\n  }\n"): (typeof documents)["\n  query PracticeManagerDashboard($monthStart: String!, $nextMonthStart: String!) {\n    ...HeadcountWidget_query\n    ...StaffMixWidget_query\n    ...VacanciesWidget_query\n    ...MyTeamWidget_query\n    ...RecentChangesWidget_query\n    ...BudgetYearToDateWidget_query\n    ...BiggestVariancesWidget_query\n    ...NewPatientsWidget_query\n  }\n"];
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
export function graphql(source: "\n  fragment BiggestVariancesWidget_query on Query {\n    currentBudget {\n      id\n      variance {\n        thresholdPercent\n        lines {\n          key\n          label\n          accountCode\n          costCentreName\n          kind\n          yearToDate { budget actual variance variancePercent favourable flagged }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BiggestVariancesWidget_query on Query {\n    currentBudget {\n      id\n      variance {\n        thresholdPercent\n        lines {\n          key\n          label\n          accountCode\n          costCentreName\n          kind\n          yearToDate { budget actual variance variancePercent favourable flagged }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetYearToDateWidget_query on Query {\n    currentBudget {\n      id\n      fiscalYear\n      variance {\n        throughMonth\n        monthLabels\n        revenue { yearToDate { budget actual variance variancePercent favourable flagged } }\n        expense { yearToDate { budget actual variance variancePercent favourable flagged } }\n        net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetYearToDateWidget_query on Query {\n    currentBudget {\n      id\n      fiscalYear\n      variance {\n        throughMonth\n        monthLabels\n        revenue { yearToDate { budget actual variance variancePercent favourable flagged } }\n        expense { yearToDate { budget actual variance variancePercent favourable flagged } }\n        net { annualBudget yearEndForecast yearToDate { budget actual variance variancePercent favourable flagged } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetsAwaitingApprovalWidget_query on Query {\n    budgetsAwaitingApproval: budgets(status: SUBMITTED) {\n      id\n      fiscalYear\n      budgetVersion\n      submittedAt\n      totals { revenue expense net }\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetsAwaitingApprovalWidget_query on Query {\n    budgetsAwaitingApproval: budgets(status: SUBMITTED) {\n      id\n      fiscalYear\n      budgetVersion\n      submittedAt\n      totals { revenue expense net }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompensationCycleWidget_query on Query {\n    compensationCycles {\n      id\n      name\n      status\n      effectiveDate\n      pool { pool used usedWithBenefits remaining over }\n    }\n  }\n"): (typeof documents)["\n  fragment CompensationCycleWidget_query on Query {\n    compensationCycles {\n      id\n      name\n      status\n      effectiveDate\n      pool { pool used usedWithBenefits remaining over }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NewPatientsWidget_query on Query {\n    newPatientsThisMonth: campaignMeasures(groupBy: CAMPAIGN, from: $monthStart, to: $nextMonthStart) {\n      key label spend leads newPatients costPerNewPatient\n    }\n  }\n"): (typeof documents)["\n  fragment NewPatientsWidget_query on Query {\n    newPatientsThisMonth: campaignMeasures(groupBy: CAMPAIGN, from: $monthStart, to: $nextMonthStart) {\n      key label spend leads newPatients costPerNewPatient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8, filter: { changesOnly: true }) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n"): (typeof documents)["\n  fragment RecentChangesWidget_query on Query {\n    auditLog(limit: 8, filter: { changesOnly: true }) {\n      total\n      entries { id at action actorName actorRole entityName entityId before after }\n    }\n    # The log names people by id; this turns the ids into names.\n    auditPeople: employees(filter: { includeFormer: true }) { id fullName }\n  }\n"];
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