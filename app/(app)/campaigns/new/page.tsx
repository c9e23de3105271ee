import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { loadCampaignReview } from "@/lib/campaigns/review/load-review";
import { readWizardState } from "@/lib/campaigns/review/wizard-state";
import { campaignIdSchema } from "@/lib/campaigns/schema";
import { listFilterOptions } from "@/lib/contacts/list-contacts";
import { listSenders } from "@/lib/senders/list-senders";
import { listTemplates } from "@/lib/templates/list-templates";
import { settle } from "@/lib/errors/result";
import { ClientMessages } from "@/components/i18n/client-messages";
import { QueryProvider } from "@/components/shell/query-provider";
import { PageHeader } from "@/components/ui/page-header";
import { AudienceStep } from "@/components/campaigns/wizard/audience-step";
import { BasicsStep } from "@/components/campaigns/wizard/basics-step";
import { MessageStep } from "@/components/campaigns/wizard/message-step";
import { ReviewStep } from "@/components/campaigns/wizard/review-step";
import { VariablesStep } from "@/components/campaigns/wizard/variables-step";
import { WizardStepsNav } from "@/components/campaigns/wizard/wizard-steps-nav";
import { RehearsalPanel } from "@/components/campaigns/wizard/rehearsal-panel";
import { StepBackLink } from "@/components/campaigns/wizard/step-back-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("wizard.pageTitle") };
}

export default async function NewCampaignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canSend, "page:campaigns-new");
  const params = await searchParams;
  const t = await getTranslations("campaigns.wizard");
  const id = campaignIdSchema.safeParse(params.id);
  const senders = (await listSenders()).map(({ id: sid, label, number, isDefault }) => ({
    id: sid,
    label,
    number,
    isDefault,
  }));
  const header = <PageHeader title={t("pageTitle")} description={t("description")} />;
  if (!id.success) {
    return (
      <ClientMessages namespaces={["campaigns"]}>
        {header}
        <WizardStepsNav current="basics" />
        <div className="mt-4">
          <BasicsStep campaign={null} senders={senders} />
        </div>
      </ClientMessages>
    );
  }
  const campaign = await getCampaign(id.data);
  const state = readWizardState(campaign.wizardState);
  const senderName = senders.find((s) => s.id === campaign.senderId)?.label;
  let body: React.ReactNode;
  if (state.step === "basics") {
    body = (
      <BasicsStep
        campaign={{ id: campaign.id, name: campaign.name, senderId: campaign.senderId, state }}
        senders={senders}
      />
    );
  } else if (state.step === "message") {
    body = (
      // The message step reuses the composer's fields and preview, so it needs their words too.
      <ClientMessages namespaces={["campaigns", "composer"]}>
        <QueryProvider>
          <MessageStep
            campaignId={campaign.id}
            message={campaign.message}
            templates={await listTemplates()}
            senderName={senderName}
          />
        </QueryProvider>
      </ClientMessages>
    );
  } else if (state.step === "audience") {
    body = (
      <AudienceStep
        campaignId={campaign.id}
        sources={state.sources}
        contactTags={(await listFilterOptions()).tags}
      />
    );
  } else {
    const loaded = await settle(loadCampaignReview(campaign.id));
    if (!loaded.ok) {
      body = (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {loaded.error.message}
        </p>
      );
    } else if (state.step === "variables") {
      const { audience } = loaded.value;
      body = (
        <VariablesStep
          campaignId={campaign.id}
          placeholders={loaded.value.placeholders.map((p) => ({ id: p.id, label: p.label }))}
          columns={audience.columns}
          attributeKeys={audience.attributeKeys}
          mapping={campaign.mapping}
          summary={t("audienceSummary", {
            recipients: audience.members.length,
            rows: audience.totalRows,
            invalid: audience.rejected.length,
            duplicates: audience.duplicates,
            optedOut: audience.optedOut,
          })}
        />
      );
    } else {
      body = (
        <ReviewStep
          campaignId={campaign.id}
          figures={loaded.value.figures}
          audienceRows={loaded.value.audience.members.length}
          template={loaded.value.template ?? undefined}
          senderName={senderName}
          timeZone={user.timeZone}
          rehearsal={<RehearsalPanel campaignId={campaign.id} />}
        />
      );
    }
  }
  return (
    <ClientMessages namespaces={["campaigns"]}>
      {header}
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-700">
          {t.rich("draft", { name: campaign.name, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <WizardStepsNav current={state.step} />
        <StepBackLink campaignId={campaign.id} step={state.step} />
        {body}
      </div>
    </ClientMessages>
  );
}
