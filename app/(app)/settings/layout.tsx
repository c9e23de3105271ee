import { PageHeader } from "@/components/ui/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";

// Only the heading and sub-navigation: each settings page checks the admin role itself, because a
// layout is not re-run on every navigation and must not be the only guard.
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PageHeader title="Settings" description="Sender numbers, helpdesk api-key and users." />
      <SettingsNav />
      {children}
    </>
  );
}
