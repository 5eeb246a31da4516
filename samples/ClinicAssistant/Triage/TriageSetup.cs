using System;
using System.Threading;
using ClinicAssistant.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicAssistant.Triage;

public static class TriageSetup
{
    /// <summary>Registers the chat model (OpenAI through Microsoft.Extensions.AI) and the triage service.</summary>
    public static IServiceCollection AddTriage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => TriageRuleBook.Load(configuration["Triage:RuleBookPath"] ?? "triage-rules.json"));
        services.AddChatClient(_ =>
                new OpenAI.Chat.ChatClient(
                    configuration["Triage:Model"] ?? "gpt-4o-mini",
                    configuration["Triage:ApiKey"] ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "").AsIChatClient())
            // Violation (AIREG202): prompts and answers are copied into the exported traces.
            .UseOpenTelemetry(configure: telemetry => telemetry.EnableSensitiveData = true);
        services.AddScoped<TriageService>();
        return services;
    }

    public static IEndpointRouteBuilder MapTriageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/triage", async (TriageRequest request, ClinicDbContext db, TriageService triage, CancellationToken ct) =>
        {
            var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PatientId, ct);
            return patient is null ? Results.NotFound() : Results.Ok(await triage.AdviseAsync(patient, request, ct));
        });

        return app;
    }
}
