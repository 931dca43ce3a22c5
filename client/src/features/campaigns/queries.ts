import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '@/gql';

/** The detail page in one round trip; contact details only for a viewer who may read them. */
export const CampaignPageQuery = graphql(`
  query CampaignPage($id: ID!, $canSeeContacts: Boolean!, $canReadBudgets: Boolean!) {
    campaign(id: $id) {
      id name channel status startDate endDate budgetAmount trackingCode newPatientValueEstimate objective serviceLine version
      budgetLine @include(if: $canReadBudgets) { id }
      location { id name }
      pacing { campaignId spend committed budgetAmount days elapsedDays spentShare elapsedShare pace }
    }
    campaignMeasures(groupBy: CAMPAIGN) {
      key spend committed leads scheduled newPatients lost costPerLead costPerNewPatient attributedRevenue roi
      leadToScheduled scheduledToNewPatient leadToNewPatient daysToFirstVisit
    }
    leads(campaignId: $id) {
      id inquiryDate source serviceWanted stage scheduledOn firstVisitOn lostOn lostReason version
      contactName @include(if: $canSeeContacts)
      contactPhone @include(if: $canSeeContacts)
      contactEmail @include(if: $canSeeContacts)
    }
  }
`);

export type CampaignPageData = ResultOf<typeof CampaignPageQuery>;
export type CampaignDetail = CampaignPageData['campaign'];
export type CampaignLead = CampaignPageData['leads'][number];
export type CampaignMeasureRow = CampaignPageData['campaignMeasures'][number];
export type Pacing = CampaignDetail['pacing'];
