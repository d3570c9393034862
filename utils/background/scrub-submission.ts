// Last line of defence before a report leaves the browser: personal data in the public free-text
// fields is replaced by placeholders (the form already offered the user to do this themselves).
import type { SubmissionRequest } from '../contract/api';
import { redactPersonalData } from '../privacy/detect';

export function scrubSubmission(request: SubmissionRequest): SubmissionRequest {
  return {
    ...request,
    description: redactPersonalData(request.description),
    affected: redactPersonalData(request.affected),
    otherLaw: request.otherLaw === null ? null : redactPersonalData(request.otherLaw),
  };
}
