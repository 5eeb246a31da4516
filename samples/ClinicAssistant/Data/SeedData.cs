using System;
using ClinicAssistant.Models;

namespace ClinicAssistant.Data;

/// <summary>Demo data for a fresh development database.</summary>
public static class SeedData
{
    public static Patient[] Patients() =>
    [
        new Patient
        {
            FullName = "测试患者",
            MemberNo = "M-0001",
            DateOfBirth = new DateOnly(1990, 3, 7),
            // Violation (AIREG106): a real-looking resident identity number, mobile number and
            // e-mail address copied from production into source code.
            IdNumber = "110101199003074573",
            PhoneNumber = "13912876543",
            Email = "liu.yang@163.com",
        },
        new Patient
        {
            FullName = "Demo Patient",
            MemberNo = "M-0002",
            DateOfBirth = new DateOnly(1985, 12, 31),
            IdNumber = "110101199003074570",
            PhoneNumber = "13800138000",
            Email = "demo.patient@example.com",
        },
    ];
}
