export const smsNotConfiguredMessage = "本平台未开通短信验证码登录，请使用账号密码登录";
