import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canAdminister } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/list-users";
import { formatDateTime } from "@/lib/time/format";
import { UsersTable } from "@/components/users/users-table";
import { CreateUserForm } from "@/components/users/create-user-form";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageRole(canAdminister, "page:settings-users");
  const users = await listUsers();
  const rows = users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    lastSignIn: user.lastSignInAt ? formatDateTime(user.lastSignInAt, me.timeZone) : null,
    isMe: user.id === me.id,
  }));
  return (
    <div className="flex max-w-5xl flex-col gap-10">
      <section aria-labelledby="users-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="users-heading" className="text-lg font-semibold">
            Users
          </h2>
          <p className="text-sm text-slate-600">
            Who can sign in to Kabar and what their role allows. Deactivating someone or resetting
            their password ends their sessions at once.
          </p>
        </div>
        <UsersTable users={rows} />
      </section>
      <section
        aria-labelledby="add-user-heading"
        className="rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="add-user-heading" className="mb-3 font-medium">
          Add a user
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
