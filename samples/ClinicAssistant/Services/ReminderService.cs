using System;
using ClinicAssistant.Models;
using Serilog;

namespace ClinicAssistant.Services;

public sealed class ReminderService
{
    public void SendReminder(Patient patient, Appointment appointment)
    {
        var message = $"Reminder: your appointment in {appointment.Department} is at {appointment.StartsAt:t}.";

        // Violation: Serilog's static logger receives the patient's e-mail address.
        Log.Information("Sending reminder to {Email}: {Message}", patient.Email, message);

        // Compliant: the member number is masked before it is logged.
        Log.Debug("Reminder queued for member {MemberNo}", Privacy.Pii.Mask(patient.MemberNo));
    }
}
