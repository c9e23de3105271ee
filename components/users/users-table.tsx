"use client";

import { DataTable, rowClass } from "@/components/ui/data-table";
import { callAction } from "@/browser/call-action";
import { useState, useTransition } from "react";
import clsx from "clsx";
import { toast } from "@/components/ui/toast";
import {
  changeUserRoleAction,
  deactivateUserAction,
  reactivateUserAction,
} from "@/app/(app)/settings/users/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { Role } from "@/lib/auth/roles";
import { ResetPasswordForm } from "./reset-password-form";
import { roleOptions } from "./role-options";

/** One user as the table shows them (dates formatted on the server). */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignIn: string | null;
  isMe: boolean;
}

export function UsersTable({ users }: { users: UserRow[] }) {
  return (
    <DataTable
      caption="Users"
      columns={["Name", "Email", "Role", "Status", "Last sign-in", "Actions"]}
      density="comfortable"
    >
      {users.map((user) => (
        <UserTableRow key={user.id} user={user} />
      ))}
    </DataTable>
  );
}

function UserTableRow({ user }: { user: UserRow }) {
  const [resetting, setResetting] = useState(false);
  const [pending, startTransition] = useTransition();

  function reactivate() {
    startTransition(async () => {
      const result = await callAction(() => reactivateUserAction({ userId: user.id }));
      if (result.ok) toast.success(`${user.email} can sign in again.`);
      else toast.error(result.message);
    });
  }

  return (
    <tr className={clsx(rowClass, !user.active && "text-slate-500")}>
      <th scope="row" className="px-4 py-3 font-medium">
        {user.name}
        {user.isMe ? <span className="ml-1 font-normal text-slate-500">(you)</span> : null}
      </th>
      <td className="px-4 py-3">{user.email}</td>
      <td className="px-4 py-3">
        <RoleControl user={user} />
      </td>
      <td className="px-4 py-3">{user.active ? "Active" : "Deactivated"}</td>
      <td className="px-4 py-3">{user.lastSignIn ?? "Never"}</td>
      <td className="px-4 py-3">
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            aria-label={`Reset password of ${user.email}`}
            onClick={() => setResetting(true)}
            className={buttonClass.secondary}
          >
            Reset password
          </button>
          {user.active ? (
            <ConfirmButton
              label="Deactivate"
              accessibleLabel={`Deactivate ${user.email}`}
              title={`Deactivate ${user.email}?`}
              description={
                user.isMe
                  ? "You will be signed out at once and can no longer sign in."
                  : "They are signed out at once and can no longer sign in. Their sends and templates stay; you can reactivate them later."
              }
              confirmLabel="Deactivate"
              onConfirm={async () => {
                const result = await deactivateUserAction({ userId: user.id });
                if (!result.ok) return result.message;
                toast.success(`${user.email} deactivated.`);
                return null;
              }}
            />
          ) : (
            <button
              type="button"
              aria-label={`Reactivate ${user.email}`}
              onClick={reactivate}
              disabled={pending}
              className={buttonClass.secondary}
            >
              Reactivate
            </button>
          )}
        </div>
        <ModalDialog
          open={resetting}
          onClose={() => setResetting(false)}
          title={`Reset the password of ${user.email}`}
          description="Give the new password to them in person. All their sessions end."
        >
          <ResetPasswordForm
            userId={user.id}
            email={user.email}
            onDone={() => setResetting(false)}
          />
        </ModalDialog>
      </td>
    </tr>
  );
}

/** A role select with its own Save button: changing a select alone never triggers an action. */
function RoleControl({ user }: { user: UserRow }) {
  const [role, setRole] = useState<Role>(user.role);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save() {
    setError(null);
    startTransition(async () => {
      const result = await callAction(() => changeUserRoleAction({ userId: user.id, role }));
      if (result.ok) {
        const label = roleOptions.find((o) => o.value === role)?.label;
        toast.success(`${user.email} is now ${label}.`);
      } else {
        setError(result.message);
        setRole(user.role);
      }
    });
  }

  return (
    <Field label={`Role of ${user.email}`} hideLabel error={error ?? undefined}>
      {(meta) => (
        <div className="flex items-center gap-2">
          <Select
            meta={meta}
            compact
            options={roleOptions}
            value={role}
            onChange={(e) => {
              setError(null);
              setRole(e.target.value as Role);
            }}
          />
          {role !== user.role ? (
            <button
              type="button"
              onClick={save}
              disabled={pending}
              aria-label={`Save role of ${user.email}`}
              className={buttonClass.secondary}
            >
              {pending ? "Saving…" : "Save"}
            </button>
          ) : null}
        </div>
      )}
    </Field>
  );
}
