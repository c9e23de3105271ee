-- AlterTable
ALTER TABLE "SendRecipient" ADD COLUMN     "damcorpMessage" TEXT;

