DROP INDEX `customers_last_order_idx`;--> statement-breakpoint
DROP INDEX `customers_net_spent_idx`;--> statement-breakpoint
CREATE INDEX `customers_list_last_order_idx` ON `customers` (`last_order_at`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `customers_list_first_order_idx` ON `customers` (`first_order_at`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `customers_list_order_count_idx` ON `customers` (`order_count`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `customers_list_net_spent_idx` ON `customers` (`net_spent_fen`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `customers_list_filter_idx` ON `customers` (`province`,`city`,`birthday_month`,`assigned_staff_id`,`blacklisted`,`do_not_disturb`,`order_count`,`net_spent_fen`,`first_order_at`,`last_order_at`,`shop_id`,`merged_into_id`) WHERE merged_into_id IS NULL;