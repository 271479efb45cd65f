CREATE TABLE `customer_erasures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`erased_at` text NOT NULL,
	`reason` text NOT NULL,
	`orders_anonymised` integer NOT NULL,
	`merged_erased` integer NOT NULL,
	`source_files_removed` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_erasures_customer_idx` ON `customer_erasures` (`customer_id`);--> statement-breakpoint
CREATE TABLE `erased_identities` (
	`shop_id` integer NOT NULL,
	`identity_hash` text NOT NULL,
	`customer_id` integer NOT NULL,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `erased_identities_shop_hash_uq` ON `erased_identities` (`shop_id`,`identity_hash`);--> statement-breakpoint
ALTER TABLE `customers` ADD `erased_at` text;