using System.Net;
using System.Net.Mail;

namespace ClinicAssistant.Integrations;

/// <summary>Mails the monthly appointment report to the clinic's administration office.</summary>
public sealed class ReportMailer
{
    private const string SmtpHost = "smtp.clinic-mail.cn";

    // Violation (AIREG501): the mail account's password is compiled into the app.
    private const string SmtpPassword = "Clinic#Mail2024";

    // Compliant: the name of the setting, not the password.
    public const string SmtpPasswordSettingName = "Smtp:Password";

    public void Send(string to, string subject, string body)
    {
        // Violation (AIREG403): SmtpClient without EnableSsl sends the report and the login in clear text.
        using var smtp = new SmtpClient(SmtpHost, 25)
        {
            Credentials = new NetworkCredential("reports@clinic-mail.cn", SmtpPassword),
        };

        smtp.Send(new MailMessage("reports@clinic-mail.cn", to, subject, body));
    }
}
