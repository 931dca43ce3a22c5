import { defineModule, NOTHING } from '../../core/module';
import { Campaign, CampaignSpend, Lead } from './campaign.entity';
import { CampaignFieldsResolver, CampaignResolver, LeadFieldsResolver } from './campaign.resolver';
import { seedCampaignDemo } from './campaign.demo';

/** Marketing campaigns, their spend and leads, and what they bring. */
export const campaignModule = defineModule({
  name: 'campaign',
  entities: [Campaign, CampaignSpend, Lead],
  resolvers: [CampaignResolver, CampaignFieldsResolver, LeadFieldsResolver],
  demo: seedCampaignDemo,
  matrix: {
    'Query.campaigns': { query: '{ campaigns { id } }' },
    'Query.campaign': { query: `{ campaign(id: "${NOTHING}") { id } }` },
    'Query.campaignMeasures': { query: '{ campaignMeasures { key } }' },
    'Query.leads': { query: '{ leads { id } }' },
    'Mutation.saveCampaign': {
      query:
        'mutation { saveCampaign(input: { name: "", channel: OTHER, startDate: "x", endDate: "x", budgetAmount: 0, trackingCode: "" }) { warning } }',
    },
    'Mutation.setCampaignStatus': { query: `mutation { setCampaignStatus(id: "${NOTHING}", status: ACTIVE) { id } }` },
    'Mutation.addCampaignSpend': {
      query: `mutation { addCampaignSpend(input: { campaignId: "${NOTHING}", date: "x", amount: 1 }) { id } }`,
    },
    'Mutation.addLead': { query: 'mutation { addLead(input: { inquiryDate: "x" }) { id } }' },
    'Mutation.moveLead': {
      query: `mutation { moveLead(input: { leadId: "${NOTHING}", expectedVersion: 1, stage: SCHEDULED, date: "x" }) { id } }`,
    },
    'Mutation.importLeads': { query: 'mutation { importLeads(csv: "a,b") { ok } }' },
    'Mutation.importCampaignSpend': { query: 'mutation { importCampaignSpend(csv: "a,b") { ok } }' },
  },
});
