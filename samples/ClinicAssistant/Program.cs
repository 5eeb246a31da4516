using ClinicAssistant.Data;
using ClinicAssistant.Endpoints;
using ClinicAssistant.Services;
using ClinicAssistant.Triage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, configuration) => configuration.WriteTo.Console());
builder.Services.AddDbContext<ClinicDbContext>(options =>
    options.UseSqlite(builder.Configuration.GetConnectionString("Clinic") ?? "Data Source=clinic.db"));
builder.Services.AddScoped<BookingService>();
builder.Services.AddSingleton<ReminderService>();
builder.Services.AddSingleton<AuditTrail>();
builder.Services.AddTriage(builder.Configuration);

var app = builder.Build();

app.MapClinicEndpoints();
app.MapTriageEndpoints();

app.Run();
