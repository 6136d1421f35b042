import { Alert } from "@/components/ui/alert";

/** What came of an action (useAction): its failure, or else its confirmation when there is one to show. */
export function ActionOutcome({ failure, done }: { failure?: string; done?: string }) {
  if (failure) return <Alert tone="danger">{failure}</Alert>;
  return done ? <Alert tone="success">{done}</Alert> : null;
}
