using System.Net.Mail;
using System.Text;
using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Mails a delivery over SMTP (to the user's address, or the channel's <c>to</c> list) with the delivery id in an <c>X-Osprey-Delivery-Id</c> header.</summary>
public sealed class EmailSender : INotificationSender
{
    /// <inheritdoc/>
    public ChannelKind Kind => ChannelKind.Email;

    /// <inheritdoc/>
    public async Task SendAsync(Delivery delivery, CancellationToken ct)
    {
        var channel = delivery.Channel;
        var to = delivery.User is { } user
            ? user.Email is { } email ? [email] : throw new OspreyException(ErrorCode.InvalidState, $"User '{user.Name}' has no email address.")
            : channel.To ?? [];
        if (to.Count == 0 || channel.SmtpHost is null || channel.From is null)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Email channel '{channel.Name}' needs smtp_host, from and a recipient.");
        }
        using var message = new MailMessage { From = new MailAddress(channel.From), Subject = delivery.Title, Body = Body(delivery), BodyEncoding = Encoding.UTF8 };
        foreach (var address in to)
        {
            message.To.Add(address);
        }
        message.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id);
        using var smtp = new SmtpClient(channel.SmtpHost, channel.SmtpPort) { DeliveryMethod = SmtpDeliveryMethod.Network, Timeout = 30_000 };
        await smtp.SendMailAsync(message, ct);
    }

    private static string Body(Delivery delivery)
    {
        var text = new StringBuilder();
        foreach (var item in delivery.Items)
        {
            text.AppendLine(Delivery.Line(item));
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  at {DateTimeOffset.FromUnixTimeMilliseconds(item.At):u}");
            if (item.Note is not null)
            {
                text.AppendLine("  " + item.Note);
            }
            text.AppendLine();
        }
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Osprey delivery {delivery.Id}");
        return text.ToString();
    }
}
