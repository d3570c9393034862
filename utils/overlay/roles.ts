import type { ReporterRole } from '../contract/vocabulary';
import type { MessageKey } from '../i18n';

export type ReporterRoleValue = ReporterRole;

/** The roles offered in the form, in the order a citizen is most likely to need them. */
export const REPORTER_ROLES: ReadonlyArray<{ value: ReporterRole; key: MessageKey }> = [
  { value: 'burger', key: 'roleBurger' },
  { value: 'naaste', key: 'roleNaaste' },
  { value: 'professional_uitvoering', key: 'roleProfessionalUitvoering' },
  { value: 'professional_overig', key: 'roleProfessionalOverig' },
  { value: 'advocaat', key: 'roleAdvocaat' },
  { value: 'wetgevingsjurist', key: 'roleWetgevingsjurist' },
  { value: 'wetenschapper', key: 'roleWetenschapper' },
  { value: 'belangenorganisatie', key: 'roleBelangenorganisatie' },
  { value: 'clientenraad', key: 'roleClientenraad' },
  { value: 'gemeente', key: 'roleGemeente' },
  { value: 'uitvoeringsorganisatie', key: 'roleUitvoeringsorganisatie' },
];
