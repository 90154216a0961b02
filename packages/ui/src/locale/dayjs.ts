import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

/** The councils are in China: dates read in Chinese and in Beijing time, whatever the device says. */
export const appTimeZone = "Asia/Shanghai";

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale("zh-cn");
dayjs.tz.setDefault(appTimeZone);
