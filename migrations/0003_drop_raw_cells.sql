ALTER TABLE `order_lines` DROP COLUMN `raw_cells`;--> statement-breakpoint
ALTER TABLE `orders` DROP COLUMN `raw_cells`;