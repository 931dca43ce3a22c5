import { todayAsDate } from '../../core/dates';
import type { EntityManager } from '@mikro-orm/core';
import type { Organization } from '../../core/organization.entity';
import type { DemoSeed } from '../../core/module';
import { Location } from '../orgchart/orgchart.entity';
import { Campaign, CampaignChannel, CampaignSpend, CampaignStatus, Lead, LeadStage } from './campaign.entity';
import { seededRandom } from '../../core/random';

const C = CampaignChannel;

/** name, channel, months ago it started, months it ran, monthly spend ($), leads a month, scheduled %, new patient % of scheduled */
const PLAN: [string, CampaignChannel, number, number, number, number, number, number, string][] = [
  ['Search ads: family medicine', C.SEARCH_ADS, 11, 12, 2_400, 38, 0.55, 0.72, 'GOOG-FM'],
  ['Search ads: pediatrics', C.SEARCH_ADS, 8, 9, 1_600, 22, 0.6, 0.75, 'GOOG-PED'],
  ['Facebook & Instagram: new movers', C.SOCIAL, 10, 6, 1_800, 30, 0.35, 0.55, 'SOC-MOVERS'],
  ['Direct mail: Oak Hill neighborhoods', C.DIRECT_MAIL, 9, 3, 3_500, 14, 0.5, 0.6, 'MAIL-OAK'],
  ['Radio spots: WRVR morning show', C.RADIO, 7, 3, 4_200, 9, 0.45, 0.5, 'RADIO-RVR'],
  ['Patient referral program', C.REFERRAL_PROGRAM, 12, 13, 300, 12, 0.8, 0.9, 'REFER'],
  ['Back-to-school physicals fair', C.COMMUNITY_EVENT, 4, 1, 2_500, 45, 0.7, 0.85, 'FAIR-26'],
  ['Flu clinic mailer', C.PRINT, 2, 2, 1_200, 16, 0.65, 0.7, 'FLU-26'],
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** A year of campaigns across channels; referrals and search clearly beat radio and mail. */
export async function seedCampaignDemo({ em, riverside }: DemoSeed): Promise<void> {
  const locations = await em.find(Location, { organization: riverside }, { filters: false, orderBy: { name: 'desc' } });
  seedCampaigns(em, riverside, locations);
}

function seedCampaigns(em: EntityManager, org: Organization, locations: Location[], now = todayAsDate(org.timeZone)): void {
  const random = seededRandom(7);
  const lostReasons = ['Chose another practice', 'Insurance not accepted', 'No answer after three calls', 'Wanted a sooner appointment'];
  PLAN.forEach(([name, channel, startedAgo, months, monthlySpend, leadsPerMonth, scheduledRate, newPatientRate, code], n) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - startedAgo, 1));
    const end = addDays(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1)), -1);
    const running = end >= now;
    const campaign = em.create(Campaign, {
      organization: org,
      name,
      channel,
      startDate: iso(start),
      endDate: iso(end),
      status: running ? CampaignStatus.ACTIVE : CampaignStatus.COMPLETED,
      budgetAmount: monthlySpend * months * 100,
      trackingCode: code,
      newPatientValueEstimate: 1_150_00,
      serviceLine: name.includes('pediatric') || name.includes('school') ? 'Pediatrics' : 'Primary care',
      location: channel === C.DIRECT_MAIL ? locations[1] : null,
      objective: 'New patients for the practice',
    });
    for (let day = start; day <= end && day <= now; day = addDays(day, 7)) {
      em.create(CampaignSpend, {
        organization: org,
        campaign,
        date: iso(day),
        amount: Math.round(((monthlySpend * 12) / 52) * (0.85 + random() * 0.3) * 100),
        memo: 'Weekly invoice',
        dedupeKey: `demo:${n}:${iso(day)}`,
      });
    }
    const days = Math.max(1, Math.min((end.getTime() - start.getTime()) / 86_400_000, (now.getTime() - start.getTime()) / 86_400_000));
    const leadCount = Math.round((leadsPerMonth * days) / 30);
    for (let i = 0; i < leadCount; i++) {
      const inquiry = addDays(start, Math.floor(random() * days));
      const scheduled = random() < scheduledRate ? addDays(inquiry, 1 + Math.floor(random() * 4)) : null;
      const visited = scheduled && random() < newPatientRate ? addDays(scheduled, 3 + Math.floor(random() * 14)) : null;
      const lost = !visited && (scheduled ? random() < 0.5 : random() < 0.6);
      const settled = (d: Date | null) => (d && d <= now ? iso(d) : null);
      const firstVisitOn = settled(visited);
      const scheduledOn = settled(scheduled);
      em.create(Lead, {
        organization: org,
        campaign,
        inquiryDate: iso(inquiry),
        source: code,
        stage: firstVisitOn ? LeadStage.NEW_PATIENT : lost ? LeadStage.LOST : scheduledOn ? LeadStage.SCHEDULED : LeadStage.INQUIRY,
        scheduledOn,
        firstVisitOn,
        lostOn: !firstVisitOn && lost ? (iso(addDays(inquiry, 10)) > iso(now) ? iso(now) : iso(addDays(inquiry, 10))) : null,
        lostReason: !firstVisitOn && lost ? lostReasons[i % lostReasons.length] : null,
        serviceWanted: i % 3 === 0 ? 'Annual physical' : i % 3 === 1 ? 'New patient visit' : 'Sick visit',
        contactName: `Prospect ${n + 1}-${i + 1}`,
        contactPhone: `555-01${String(i % 100).padStart(2, '0')}`,
        dedupeKey: `demo:${n}:${i}`,
      });
    }
  });
}
