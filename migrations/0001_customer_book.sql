CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shop_id` integer NOT NULL,
	`identity_key` text NOT NULL,
	`identity_kind` text NOT NULL,
	`buyer_nick` text,
	`receiver_name` text,
	`phone` text,
	`phone_masked` integer DEFAULT false NOT NULL,
	`province` text,
	`city` text,
	`district` text,
	`address` text,
	`first_order_at` text,
	`last_order_at` text,
	`order_count` integer DEFAULT 0 NOT NULL,
	`paid_fen` integer DEFAULT 0 NOT NULL,
	`refund_fen` integer DEFAULT 0 NOT NULL,
	`net_spent_fen` integer DEFAULT 0 NOT NULL,
	`notes` text,
	`blacklisted` integer DEFAULT false NOT NULL,
	`blacklist_reason` text,
	`do_not_disturb` integer DEFAULT false NOT NULL,
	`merged_into_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_shop_identity_uq` ON `customers` (`shop_id`,`identity_key`);--> statement-breakpoint
CREATE INDEX `customers_last_order_idx` ON `customers` (`last_order_at`);--> statement-breakpoint
CREATE INDEX `customers_net_spent_idx` ON `customers` (`net_spent_fen`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`line_no` text NOT NULL,
	`title` text,
	`sku_props` text,
	`outer_id` text,
	`product_id` text,
	`price_fen` integer,
	`quantity` integer,
	`payable_fen` integer,
	`paid_fen` integer,
	`refund_fen` integer DEFAULT 0 NOT NULL,
	`refund_status_raw` text,
	`status` text,
	`status_raw` text,
	`raw_cells` text NOT NULL,
	`last_batch_id` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_lines_order_line_uq` ON `order_lines` (`order_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `order_status_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`batch_id` integer,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`from_raw` text NOT NULL,
	`to_raw` text NOT NULL,
	`applied` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_status_events_order_idx` ON `order_status_events` (`order_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shop_id` integer NOT NULL,
	`customer_id` integer,
	`order_no` text NOT NULL,
	`status` text NOT NULL,
	`status_raw` text NOT NULL,
	`buyer_nick` text,
	`receiver_name` text,
	`receiver_phone` text,
	`receiver_address` text,
	`province` text,
	`city` text,
	`district` text,
	`goods_fen` integer,
	`postage_fen` integer,
	`total_fen` integer,
	`paid_fen` integer,
	`refund_fen` integer DEFAULT 0 NOT NULL,
	`created_at` text,
	`paid_at` text,
	`shipped_at` text,
	`completed_at` text,
	`close_reason` text,
	`logistics_company` text,
	`tracking_no` text,
	`title` text,
	`item_quantity` integer,
	`buyer_message` text,
	`order_note` text,
	`seller_memo` text,
	`raw_cells` text NOT NULL,
	`source_line` integer,
	`snapshot_at` text,
	`first_batch_id` integer,
	`last_batch_id` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`first_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_shop_order_no_uq` ON `orders` (`shop_id`,`order_no`);--> statement-breakpoint
CREATE INDEX `orders_customer_status_paid_idx` ON `orders` (`customer_id`,`status`,`paid_at`,`paid_fen`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shop_id` integer,
	`platform` text NOT NULL,
	`file_kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`file_bytes` integer NOT NULL,
	`encoding` text,
	`layout` text,
	`exported_at` text,
	`header_cells` text,
	`imported_by` text,
	`mapping_json` text,
	`row_count` integer DEFAULT 0 NOT NULL,
	`new_count` integer DEFAULT 0 NOT NULL,
	`updated_count` integer DEFAULT 0 NOT NULL,
	`unchanged_count` integer DEFAULT 0 NOT NULL,
	`error_count` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_problems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`line` integer,
	`column_name` text,
	`severity` text NOT NULL,
	`message` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_problems_batch_idx` ON `import_problems` (`batch_id`);