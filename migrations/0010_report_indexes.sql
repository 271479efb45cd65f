DROP INDEX `orders_ordered_at_idx`;--> statement-breakpoint
CREATE INDEX `orders_ordered_at_idx` ON `orders` (`ordered_at`,`status`,`customer_id`,`paid_fen`,`refund_fen`);