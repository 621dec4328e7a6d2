// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/statusicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace crmsync {

namespace {

QColor colourOf(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return QColor(0x2e, 0x7d, 0x32);
    case SyncState::Syncing:
        return QColor(0x15, 0x65, 0xc0);
    case SyncState::Paused:
        return QColor(0x75, 0x75, 0x75);
    case SyncState::Offline:
        return QColor(0x8d, 0x6e, 0x63);
    case SyncState::NeedsAttention:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::black;
}

void drawGlyph(QPainter &p, SyncState state, qreal s)
{
    QPen pen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case SyncState::Idle: {
        QPainterPath check;
        check.moveTo(s * 0.28, s * 0.52);
        check.lineTo(s * 0.44, s * 0.68);
        check.lineTo(s * 0.72, s * 0.36);
        p.drawPath(check);
        break;
    }
    case SyncState::Syncing: {
        const QRectF arc(s * 0.27, s * 0.27, s * 0.46, s * 0.46);
        p.drawArc(arc, 30 * 16, 150 * 16);
        p.drawArc(arc, 210 * 16, 150 * 16);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({QPointF(s * 0.70, s * 0.22), QPointF(s * 0.76, s * 0.42), QPointF(s * 0.56, s * 0.38)}));
        p.drawPolygon(QPolygonF({QPointF(s * 0.30, s * 0.78), QPointF(s * 0.24, s * 0.58), QPointF(s * 0.44, s * 0.62)}));
        break;
    }
    case SyncState::Paused:
        p.drawLine(QPointF(s * 0.40, s * 0.32), QPointF(s * 0.40, s * 0.68));
        p.drawLine(QPointF(s * 0.60, s * 0.32), QPointF(s * 0.60, s * 0.68));
        break;
    case SyncState::Offline:
        p.drawEllipse(QRectF(s * 0.24, s * 0.40, s * 0.26, s * 0.20));
        p.drawEllipse(QRectF(s * 0.50, s * 0.40, s * 0.26, s * 0.20));
        p.drawLine(QPointF(s * 0.28, s * 0.74), QPointF(s * 0.72, s * 0.26));
        break;
    case SyncState::NeedsAttention:
        p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.58));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(s * 0.5, s * 0.72), s * 0.03, s * 0.03);
        break;
    }
}

QPixmap pixmapOf(SyncState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colourOf(state));
    p.drawEllipse(QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92));
    drawGlyph(p, state, size);
    return pixmap;
}

} // namespace

QIcon StatusIcon::icon(SyncState state)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(pixmapOf(state, size));
    return icon;
}

QString StatusIcon::label(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return tr("Synced");
    case SyncState::Syncing:
        return tr("Syncing");
    case SyncState::Paused:
        return tr("Paused");
    case SyncState::Offline:
        return tr("Offline");
    case SyncState::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

} // namespace crmsync
