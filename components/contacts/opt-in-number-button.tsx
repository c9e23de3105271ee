"use client";

import { useState } from "react";
import { optInNumberAction } from "@/app/(app)/contacts/opt-outs/actions";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";
import { optInDialogText, ReasonDialog } from "./opt-out-panel";

/** A row of the opt-out list: opting that number back in, with a reason (audited). */
export function OptInNumberButton({ e164 }: { e164: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttonClass.secondary} onClick={() => setOpen(true)}>
        Opt back in
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Opt ${e164} back in`}
        description={optInDialogText.description}
      >
        <ReasonDialog
          action={optInNumberAction}
          hidden={{ e164 }}
          optIn
          onClose={() => setOpen(false)}
        />
      </ModalDialog>
    </>
  );
}
