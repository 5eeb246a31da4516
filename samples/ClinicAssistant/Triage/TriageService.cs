using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClinicAssistant.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ClinicAssistant.Triage;

public sealed record TriageRequest(int PatientId, string Complaint);

public sealed record TriageAdvice(string Department, string Urgency, string Explanation);

/// <summary>Asks the configured chat model which department a patient should be booked into.</summary>
public sealed class TriageService(IChatClient chat, TriageRuleBook rules, ILogger<TriageService> logger)
{
    private const string SystemPrompt =
        "You are the triage assistant of a community clinic. Answer with the department, the urgency " +
        "(routine, soon, urgent) and one sentence of explanation.";

    public async Task<TriageAdvice> AdviseAsync(Patient patient, TriageRequest request, CancellationToken cancellationToken)
    {
        // Violation (AIREG203): the complaint the patient typed is logged before it is sent to the model.
        logger.LogInformation("Triage requested: {Complaint}", request.Complaint);

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, SystemPrompt + " Departments: " + string.Join(", ", rules.Departments)),
            // Violation (AIREG201): the patient's name and date of birth go to the model provider.
            new(ChatRole.User, $"Patient {patient.FullName}, born {patient.DateOfBirth:yyyy-MM-dd}, describes the complaint below."),
            new(ChatRole.User, request.Complaint),
        };

        var response = await chat.GetResponseAsync(messages, cancellationToken: cancellationToken);

        // Violation (AIREG203): the model's answer, which repeats the complaint, is logged in full.
        logger.LogInformation("Triage answer for patient {PatientId}: {Answer}", patient.Id, response.Text);

        return Parse(response.Text);
    }

    private static TriageAdvice Parse(string text)
    {
        var parts = text.Split('|', 3, StringSplitOptions.TrimEntries);
        return parts.Length == 3
            ? new TriageAdvice(parts[0], parts[1], parts[2])
            : new TriageAdvice("General Practice", "routine", text);
    }
}
