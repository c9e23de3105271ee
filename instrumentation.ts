// Next.js calls register() once when the Kabar server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDeliveryInServer } = await import("./lib/delivery/start-in-server");
  await startDeliveryInServer();
}
