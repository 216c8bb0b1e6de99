export { ReferralResolver } from './referrals.resolver';
